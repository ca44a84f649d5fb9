package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One platform thread in an epoll_wait loop over raw pipe fds (level-triggered). Chosen over NIO's
 * Selector because the JDK cannot wrap a raw fd into a selectable channel without
 * {@code --add-exports java.base/sun.nio.ch}; with FFM we stay on public API and read straight into a
 * reusable native buffer.
 *
 * <p>Ownership: a read fd is closed only by this loop's thread (at EOF or on request), so an fd
 * number cannot be reused while an event for it is still being handled. Each registration has its
 * own id in the epoll data word, never the fd, for the same reason.
 */
final class EpollLoop implements AutoCloseable {
    static final int CHUNK = 128 * 1024;
    private static final int EPOLLIN = 0x001;
    private static final int EPOLLOUT = 0x004;
    private static final int EPOLL_CTL_ADD = 1;
    private static final int EPOLL_CTL_DEL = 2;
    private static final int EVENT_SIZE = 12; // struct epoll_event is packed on x86_64
    private static final int MAX_EVENTS = 64;
    private static final long WAKE_ID = 0;
    // A child that writes line by line faster than we read would cost one read and one write per line.
    // So when data has been waiting at the start of several rounds in a row (a non-blocking epoll_wait
    // found it) and the round read little, the loop waits COALESCE_NANOS and the pipe fills meanwhile:
    // a few large reads instead. Output that comes and goes (an event listener's "RESULT 2\nOK" then
    // "READY", a prompt) mostly ends with the loop blocked in epoll_wait and is read at once; and a
    // round in which an event listener's stdout had data never waits: with waits, one listener got
    // 900 to 2,500 events/s, without them 9,700. The wait also caps a writer that fills the pipe while
    // we wait at one pipe (64 KiB) per wait: 1 ms held 100-byte lines at 54 MiB/s where Python's
    // supervisord took 124; at 100 us it is 100-106 MiB/s, at a third less CPU than without waits.
    private static final int BUSY_ROUNDS_BEFORE_COALESCING = 4;
    private static final int SMALL_ROUND_BYTES = 16 * 1024;
    private static final long COALESCE_NANOS = 100_000;
    // A drain reads what a pipe holds (64 KiB by default, 1 MiB at most unless the admin raised
    // pipe-max-size); a writer that never stops cannot keep the loop in one drain for longer.
    private static final int DRAIN_READS = 8;

    private sealed interface Watch permits Reader, Writer {
        int fd();
    }

    private record Reader(int fd, PipeSink sink) implements Watch {
    }

    private record Writer(int fd, Runnable onWritable) implements Watch {
    }

    private final int epfd;
    private final int wakeFd;
    private final Map<Long, Watch> watches = new ConcurrentHashMap<>();
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicLong ids = new AtomicLong(WAKE_ID);
    private final Thread thread;
    private volatile boolean closing;
    private int busyRounds; // loop thread only
    private boolean interactiveRound; // loop thread only: a protocol pipe had data this round
    private MemorySegment buffer; // loop thread only

    EpollLoop(String threadName) {
        LibC.Result ep = LibC.epollCreate1(LibC.O_CLOEXEC);
        if (ep.failed()) {
            throw new IllegalStateException("epoll_create1: " + Posix.errnoDescription(ep.errno()));
        }
        epfd = ep.intValue();
        LibC.Result ev = LibC.eventfd(0, LibC.O_CLOEXEC | LibC.O_NONBLOCK);
        if (ev.failed()) {
            throw new IllegalStateException("eventfd: " + Posix.errnoDescription(ev.errno()));
        }
        wakeFd = ev.intValue();
        ctl(EPOLL_CTL_ADD, wakeFd, EPOLLIN, WAKE_ID);
        thread = Thread.ofPlatform().daemon().name(threadName).start(this::run);
    }

    /** Watches a non-blocking read fd; the loop owns it from now on and closes it at EOF. */
    long addReader(int fd, PipeSink sink) {
        long id = ids.incrementAndGet();
        watches.put(id, new Reader(fd, sink));
        ctl(EPOLL_CTL_ADD, fd, EPOLLIN, id);
        return id;
    }

    /** Calls {@code onWritable} on the loop thread while fd is writable, until {@link #removeWriter}. The caller keeps the fd. */
    long addWriter(int fd, Runnable onWritable) {
        long id = ids.incrementAndGet();
        watches.put(id, new Writer(fd, onWritable));
        ctl(EPOLL_CTL_ADD, fd, EPOLLOUT, id);
        return id;
    }

    /** Stops watching a writer; safe from any thread, and before the caller closes the fd. */
    void removeWriter(long id) {
        Watch w = watches.remove(id);
        if (w != null) {
            LibC.epollCtl(epfd, EPOLL_CTL_DEL, w.fd(), MemorySegment.NULL);
        }
    }

    /** Asks the loop to close a reader now (its sink gets onEof); unread data is dropped. */
    void closeReader(long id) {
        execute(() -> finish(id));
    }

    /** Runs {@code task} on the loop thread, after the events of the current round. */
    void execute(Runnable task) {
        tasks.add(task);
        wake();
    }

    /**
     * Loop thread only: reads what a reader's pipe holds now, until it would block or ends (it is
     * then finished as at EOF). Does nothing for a reader already finished.
     */
    void drain(long id) {
        for (int i = 0; i < DRAIN_READS && handle(id) > 0; i++) {
            // each read hands its chunk to the sink
        }
    }

    boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void close() {
        closing = true;
        wake();
    }

    private void wake() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(JAVA_LONG);
            one.set(JAVA_LONG, 0, 1L);
            LibC.write(wakeFd, one, 8);
        }
    }

    private void ctl(int op, int fd, int events, long id) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment event = arena.allocate(EVENT_SIZE);
            event.set(JAVA_INT, 0, events);
            event.set(JAVA_LONG_UNALIGNED, 4, id);
            LibC.Result r = LibC.epollCtl(epfd, op, fd, event);
            if (r.failed()) {
                throw new IllegalStateException("epoll_ctl(" + fd + "): " + Posix.errnoDescription(r.errno()));
            }
        }
    }

    private void run() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment events = arena.allocate((long) EVENT_SIZE * MAX_EVENTS);
            buffer = arena.allocate(CHUNK);
            while (!closing) {
                LibC.Result n = LibC.epollWait(epfd, events, MAX_EVENTS, 0);
                busyRounds = n.value() > 0 ? busyRounds + 1 : 0;
                if (n.value() == 0) {
                    n = LibC.epollWait(epfd, events, MAX_EVENTS, -1);
                }
                if (n.failed()) {
                    if (n.errno() == LibC.EINTR) {
                        continue;
                    }
                    throw new IllegalStateException("epoll_wait: " + Posix.errnoDescription(n.errno()));
                }
                long roundBytes = 0;
                interactiveRound = false;
                for (int i = 0; i < n.intValue(); i++) {
                    long id = events.get(JAVA_LONG_UNALIGNED, (long) i * EVENT_SIZE + 4);
                    if (id == WAKE_ID) {
                        LibC.read(wakeFd, buffer, 8);
                    } else {
                        roundBytes += handle(id);
                    }
                }
                for (Runnable task; (task = tasks.poll()) != null; ) {
                    runSafely(task);
                }
                if (busyRounds >= BUSY_ROUNDS_BEFORE_COALESCING && !interactiveRound
                        && roundBytes > 0 && roundBytes < SMALL_ROUND_BYTES) {
                    LockSupport.parkNanos(COALESCE_NANOS);
                }
            }
            watches.keySet().forEach(this::finish);
            LibC.close(wakeFd);
            LibC.close(epfd);
        }
    }

    /** Handles one ready fd; returns the number of bytes read from it. */
    private long handle(long id) {
        Watch watch = watches.get(id);
        try {
            switch (watch) {
                case null -> { } // removed while the event was pending
                case Writer w -> w.onWritable().run();
                case Reader r -> {
                    LibC.Result got = LibC.read(r.fd(), buffer, CHUNK);
                    if (got.value() > 0) {
                        r.sink().onData(buffer.asSlice(0, got.value()).toArray(JAVA_BYTE));
                        interactiveRound |= r.sink().interactive();
                        return got.value();
                    } else if (got.value() == 0 || (got.errno() != LibC.EAGAIN && got.errno() != LibC.EINTR)) {
                        finish(id); // EOF, or an error supervisor also treats as the end of the pipe
                    }
                }
            }
        } catch (RuntimeException e) {
            // One misbehaving sink must not stop output for every other child.
            report(e);
        }
        return 0;
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            report(e);
        }
    }

    private static void report(RuntimeException e) {
        Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
    }

    private void finish(long id) {
        if (watches.get(id) instanceof Reader r && watches.remove(id, r)) {
            LibC.epollCtl(epfd, EPOLL_CTL_DEL, r.fd(), MemorySegment.NULL);
            LibC.close(r.fd());
            r.sink().onEof();
        }
    }
}
