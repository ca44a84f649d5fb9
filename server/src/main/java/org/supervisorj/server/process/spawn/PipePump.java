package org.supervisorj.server.process.spawn;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads every child's stdout/stderr pipe on a small fixed set of epoll threads (default one), up to
 * 128 KiB per read, one read per ready pipe per round so that a chatty child cannot starve the rest.
 * Children are spread over the threads round-robin; the pipes of one child always stay on one thread,
 * so their chunks and EOFs arrive in order.
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

    /** A pipe to read and where its output goes. */
    public record Pipe(int fd, PipeSink sink) {
    }

    /**
     * The output pipes of one child, all read on one thread, so that their chunks, their EOFs and
     * whatever runs after a {@link #drainThen drain} come in order.
     */
    public static final class Outputs {
        private final EpollLoop loop;
        private final long[] ids;

        private Outputs(EpollLoop loop, long[] ids) {
            this.loop = loop;
            this.ids = ids;
        }

        /** How many pipes are read: one when stderr goes into the stdout pipe. */
        public int size() {
            return ids.length;
        }

        /** Stops reading now, dropping unread output; each sink gets onEof. */
        public void close() {
            for (long id : ids) {
                loop.closeReader(id);
            }
        }

        /**
         * Reads what the pipes hold at this moment, then runs {@code then}, all on the pipe thread. A child
         * that has exited wrote its last output before it exited: after the drain, every sink has it.
         */
        public void drainThen(Runnable then) {
            loop.execute(() -> {
                for (long id : ids) {
                    loop.drain(id);
                }
                then.run();
            });
        }
    }

    /**
     * Starts reading the pipes, which must be non-blocking. The pump owns their fds from now on and
     * closes each after its EOF.
     */
    public Outputs read(Pipe... pipes) {
        EpollLoop loop = pick();
        long[] ids = new long[pipes.length];
        for (int i = 0; i < pipes.length; i++) {
            ids[i] = loop.addReader(pipes[i].fd(), pipes[i].sink());
        }
        return new Outputs(loop, ids);
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
