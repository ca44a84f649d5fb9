package org.supervisorj.server.process.spawn;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads every child's stdout/stderr pipe on a small fixed set of epoll threads (default one), up to
 * 128 KiB per read, one read per ready pipe per round so that a chatty child cannot starve the rest.
 * Pipes are spread over the threads round-robin; one pipe always stays on one thread, so its chunks
 * and its EOF arrive in order.
 */
public final class PipePump implements AutoCloseable {
    private final EpollLoop[] loops;
    private final AtomicInteger next = new AtomicInteger();

    public PipePump(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        loops = new EpollLoop[threads];
        for (int i = 0; i < threads; i++) {
            loops[i] = new EpollLoop("supervisorj-pipes-" + i);
        }
    }

    /** One thread. */
    public PipePump() {
        this(1);
    }

    /** A pipe being read; {@link #close()} drops what is unread and ends it with onEof. */
    public static final class Registration {
        private final EpollLoop loop;
        private final long id;

        private Registration(EpollLoop loop, long id) {
            this.loop = loop;
            this.id = id;
        }

        public void close() {
            loop.closeReader(id);
        }
    }

    /**
     * Starts reading {@code fd}, which must be non-blocking. The pump owns the fd from now on and
     * closes it after EOF.
     */
    public Registration read(int fd, PipeSink sink) {
        EpollLoop loop = pick();
        return new Registration(loop, loop.addReader(fd, sink));
    }

    EpollLoop pick() {
        return loops[Math.floorMod(next.getAndIncrement(), loops.length)];
    }

    /** Stops the threads and closes every pipe still open (sinks get onEof). */
    @Override
    public void close() {
        for (EpollLoop loop : loops) {
            loop.close();
        }
    }
}
