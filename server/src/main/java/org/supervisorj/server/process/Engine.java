package org.supervisorj.server.process;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that owns every process's state. Everything that reads or changes a
 * {@link ManagedProcess} runs here: timers, reaped exits, RPC commands. That replaces
 * Supervisor's single-threaded select loop without its 1-second polling: timers fire when due.
 */
public final class Engine implements AutoCloseable {
    private final ScheduledExecutorService executor;
    private volatile Thread thread;

    public Engine() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "supervisord-engine");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    public boolean inEngineThread() {
        return Thread.currentThread() == thread;
    }

    public void execute(Runnable task) {
        executor.execute(guarded(task));
    }

    public ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        return executor.schedule(guarded(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    }

    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelayMillis, long periodMillis) {
        return executor.scheduleAtFixedRate(guarded(task), initialDelayMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code task} on the engine thread and hands its result (or exception) to the caller. */
    public <T> CompletableFuture<T> call(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        };
        if (inEngineThread()) {
            run.run();
        } else {
            executor.execute(run);
        }
        return result;
    }

    /** A failing task must not kill the engine thread: that would freeze every process. */
    private static Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable t) {
                System.err.println("supervisord: internal error on engine thread: " + t);
                t.printStackTrace(System.err);
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
