package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * The parent's end of a child's stdin pipe (non-blocking), written only by sendProcessStdin. Bytes
 * the pipe cannot take now are kept and written by the pump thread when the pipe becomes writable,
 * like supervisor's input buffer. Thread-safe.
 */
public final class ChildStdin implements AutoCloseable {
    /** Writing after the child closed its stdin, or after we did; supervisor answers NO_FILE. */
    public static final class ClosedException extends IOException {
        ClosedException(String message) {
            super(message);
        }
    }

    private final int fd;
    private final EpollLoop loop;
    private byte[] pending = new byte[0];
    private long writerId = -1;
    private boolean closed;

    ChildStdin(int fd, EpollLoop loop) {
        this.fd = fd;
        this.loop = loop;
    }

    /**
     * Queues {@code data} and writes as much as the pipe takes now.
     *
     * @throws ClosedException when stdin is closed or the child closed its end (EPIPE)
     */
    public synchronized void write(byte[] data) throws ClosedException {
        if (closed) {
            throw new ClosedException("Process' stdin channel is closed");
        }
        byte[] joined = Arrays.copyOf(pending, pending.length + data.length);
        System.arraycopy(data, 0, joined, pending.length, data.length);
        pending = joined;
        int errno = flush();
        if (errno != 0) {
            throw new ClosedException("write to stdin failed: " + Posix.errnoName(errno));
        }
    }

    /** Bytes accepted by {@link #write} but not yet in the pipe. */
    public synchronized int pendingBytes() {
        return pending.length;
    }

    public synchronized boolean isOpen() {
        return !closed;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            pending = new byte[0];
            if (writerId >= 0) {
                loop.removeWriter(writerId);
                writerId = -1;
            }
            LibC.close(fd);
        }
    }

    private synchronized void onWritable() {
        if (!closed) {
            flush(); // an error already closed us; nobody is waiting for it here
        }
    }

    /** Returns 0, or the errno that made us close. */
    private int flush() {
        try (Arena arena = Arena.ofConfined()) {
            while (pending.length > 0) {
                MemorySegment seg = arena.allocate(pending.length);
                MemorySegment.copy(pending, 0, seg, JAVA_BYTE, 0, pending.length);
                LibC.Result r = LibC.write(fd, seg, pending.length);
                if (r.value() >= 0) {
                    pending = Arrays.copyOfRange(pending, (int) r.value(), pending.length);
                } else if (r.errno() == LibC.EAGAIN) {
                    if (writerId < 0) {
                        writerId = loop.addWriter(fd, this::onWritable);
                    }
                    return 0;
                } else if (r.errno() != LibC.EINTR) {
                    close();
                    return r.errno();
                }
            }
        }
        if (writerId >= 0) {
            loop.removeWriter(writerId);
            writerId = -1;
        }
        return 0;
    }
}
