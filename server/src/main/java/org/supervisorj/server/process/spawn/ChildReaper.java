package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.Consumer;

/**
 * The one thread that reaps children, like supervisord's reap(): every exit of every child of this JVM
 * comes through here exactly once.
 *
 * <p>How nothing is lost or misattributed:
 * <ol>
 *   <li>The thread waits with {@code waitid(P_ALL, WEXITED | WNOWAIT)}: it learns the pid of a zombie
 *       without reaping it.</li>
 *   <li>It then takes the spawn lock, which every spawn holds from posix_spawn until the pid is
 *       registered. So a child that dies instantly is never looked up before it was registered.</li>
 *   <li>Still under the lock it reaps that one pid with {@code waitpid(pid, WNOHANG)}. If glibc's
 *       posix_spawn already reaped it (its helper child when a file action or exec failed), waitpid
 *       finds nothing and the pid is ignored; it cannot be reported as an unknown child by mistake.</li>
 *   <li>Callbacks run on this thread after the lock is released; they must be quick.</li>
 * </ol>
 * When there is no child at all (ECHILD) the thread parks until the next successful spawn.
 *
 * <p>waitpid(-1) is process-wide, so there is exactly one reaper per JVM ({@link #instance()}), and
 * nothing else in the JVM may create child processes (no ProcessBuilder/Runtime.exec).
 */
public final class ChildReaper {
    private static final class Holder {
        static final ChildReaper INSTANCE = new ChildReaper();

        static {
            INSTANCE.thread.start();
        }
    }

    /** A child exit nobody registered (supervisord logs "reaped unknown pid N (...)"). */
    public record UnknownExit(int pid, WaitStatus status) {
    }

    private final ReentrantLock spawnLock = new ReentrantLock();
    private final Condition childSpawned = spawnLock.newCondition();
    private final Map<Integer, Consumer<WaitStatus>> exitHandlers = new HashMap<>();
    private volatile Consumer<UnknownExit> unknownExits = exit -> { };
    private long spawnGeneration;
    private final Thread thread;

    private ChildReaper() {
        this.thread = Thread.ofPlatform().daemon().name("supervisorj-reaper").unstarted(this::run);
    }

    /** The JVM's reaper; its thread starts on first use. */
    public static ChildReaper instance() {
        return Holder.INSTANCE;
    }

    /** Where exits of pids nobody registered go (by default nowhere). */
    public void onUnknownExit(Consumer<UnknownExit> listener) {
        this.unknownExits = listener;
    }

    /**
     * Runs {@code spawn} under the spawn lock and registers the pid it returns with its exit handler
     * before any exit can be looked up. A non-positive result means nothing was spawned.
     */
    int spawnAndRegister(IntSupplier spawn, Consumer<WaitStatus> onExit) {
        spawnLock.lock();
        try {
            int pid = spawn.getAsInt();
            if (pid > 0) {
                exitHandlers.put(pid, onExit);
                spawnGeneration++;
                childSpawned.signalAll();
            }
            return pid;
        } finally {
            spawnLock.unlock();
        }
    }

    /** Pids spawned and not yet reaped. */
    public int liveChildren() {
        spawnLock.lock();
        try {
            return exitHandlers.size();
        } finally {
            spawnLock.unlock();
        }
    }

    private void run() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment siginfo = arena.allocate(LibC.SIGINFO_SIZE);
            MemorySegment status = arena.allocate(JAVA_INT);
            while (true) {
                long generation = generation();
                siginfo.fill((byte) 0);
                LibC.Result waited = LibC.waitid(LibC.P_ALL, 0, siginfo, LibC.WEXITED | LibC.WNOWAIT);
                if (waited.failed()) {
                    if (waited.errno() == LibC.ECHILD) {
                        awaitSpawnAfter(generation);
                    } else if (waited.errno() != LibC.EINTR) {
                        throw new IllegalStateException("waitid: " + Posix.errnoDescription(waited.errno()));
                    }
                    continue;
                }
                int pid = siginfo.get(JAVA_INT, LibC.SIGINFO_PID_OFFSET);
                if (pid > 0) {
                    reap(pid, status);
                }
            }
        }
    }

    private void reap(int pid, MemorySegment status) {
        Consumer<WaitStatus> handler;
        WaitStatus decoded;
        spawnLock.lock();
        try {
            LibC.Result r = LibC.waitpid(pid, status, LibC.WNOHANG);
            if (r.value() != pid) {
                return; // posix_spawn reaped its own failed helper child first
            }
            decoded = new WaitStatus(status.get(JAVA_INT, 0));
            handler = exitHandlers.remove(pid);
        } finally {
            spawnLock.unlock();
        }
        try {
            if (handler != null) {
                handler.accept(decoded);
            } else {
                unknownExits.accept(new UnknownExit(pid, decoded));
            }
        } catch (RuntimeException e) {
            // A broken callback must not stop reaping for every other child.
            Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
        }
    }

    private long generation() {
        spawnLock.lock();
        try {
            return spawnGeneration;
        } finally {
            spawnLock.unlock();
        }
    }

    private void awaitSpawnAfter(long generation) {
        spawnLock.lock();
        try {
            while (spawnGeneration == generation) {
                childSpawned.awaitUninterruptibly();
            }
        } finally {
            spawnLock.unlock();
        }
    }
}
