package org.supervisorj.server.process;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.stream.Collectors;

import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.SupervisorStateEvent;
import org.supervisorj.server.events.TickEvent;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.MainLog;

/**
 * supervisord's mood and the orderly stop of everything (spec §4.2, §6.4). Engine-thread confined.
 *
 * <p>Stopping walks the groups from the highest priority number down, one group at a time: the
 * group is told to stop, and the next one is only told once every process of this one has stopped.
 * The walk moves on as soon as a process reaches a stopped state (Python's loop moves one group per
 * 1-second pass, so 100 single-process groups take seconds there); a slow poll only reports who is
 * still running.
 */
public final class SupervisorRuntime implements ManagedProcess.Supervision {
    private static final long STOP_POLL_MILLIS = 500;
    private static final long DIE_REPORT_NANOS = 3_000_000_000L;

    private final Engine engine;
    private final ProcessTable table;
    private final EventBus events;
    private final MainLog log;
    private volatile SupervisorState mood = SupervisorState.RUNNING;
    private CompletableFuture<Void> stopped;
    private List<ProcessGroup> stopQueue;
    private long lastDieReportNanos;
    private boolean stepQueued;
    private ScheduledFuture<?> stopPoll;
    private Runnable stopSubscription;
    private final List<ScheduledFuture<?>> tickers = new ArrayList<>();

    public SupervisorRuntime(Engine engine, ProcessTable table, EventBus events, MainLog log) {
        this.engine = engine;
        this.table = table;
        this.events = events;
        this.log = log;
    }

    public ProcessTable table() {
        return table;
    }

    public SupervisorState mood() {
        return mood;
    }

    @Override
    public boolean acceptsSpawns() {
        return mood == SupervisorState.RUNNING;
    }

    /** Announces RUNNING, starts the autostart processes in priority order and the tick timers. */
    public void start() {
        mood = SupervisorState.RUNNING;
        events.publish(new SupervisorStateEvent(EventType.SUPERVISOR_STATE_CHANGE_RUNNING));
        table.transitionAll();
        for (EventType tick : List.of(EventType.TICK_5, EventType.TICK_60, EventType.TICK_3600)) {
            long period = TickEvent.periodSeconds(tick) * 1000;
            long now = System.currentTimeMillis();
            long first = (now / period + 1) * period - now;
            tickers.add(engine.scheduleAtFixedRate(() -> {
                long when = System.currentTimeMillis() / period * period / 1000;
                events.publish(new TickEvent(tick, when));
            }, first, period));
        }
    }

    /**
     * Moves to {@code next} (SHUTDOWN or RESTARTING) and stops every process in order. The future
     * completes once nothing is running; asking again returns the same future.
     */
    public CompletableFuture<Void> stopEverything(SupervisorState next) {
        if (stopped != null) {
            return stopped;
        }
        mood = next;
        stopped = new CompletableFuture<>();
        tickers.forEach(t -> t.cancel(false));
        tickers.clear();
        events.publish(new SupervisorStateEvent(EventType.SUPERVISOR_STATE_CHANGE_STOPPING));
        stopQueue = new ArrayList<>(table.byPriority());
        lastDieReportNanos = 0;
        // A subscriber must not re-enter the engine's state while an event is being published: queue the step.
        stopSubscription = events.subscribe(EventType.PROCESS_STATE, e -> queueStopStep());
        stopPoll = engine.scheduleAtFixedRate(this::stopStep, STOP_POLL_MILLIS, STOP_POLL_MILLIS);
        stopStep();
        return stopped;
    }

    public boolean stopping() {
        return stopped != null;
    }

    private void queueStopStep() {
        if (!stepQueued) {
            stepQueued = true;
            engine.execute(() -> {
                stepQueued = false;
                stopStep();
            });
        }
    }

    private void stopStep() {
        if (stopped.isDone()) {
            return;
        }
        // Tell the highest group to stop; when it has nothing left running, move straight to the next.
        while (!stopQueue.isEmpty()) {
            ProcessGroup last = stopQueue.getLast();
            last.stopAll();
            if (last.anyUnstopped()) {
                break;
            }
            stopQueue.removeLast();
        }
        // This runs after every state change while stopping: no list is made unless it is reported.
        if (!table.anyUnstopped()) {
            stopSubscription.run();
            stopPoll.cancel(false);
            stopped.complete(null);
            return;
        }
        long now = System.nanoTime();
        if (lastDieReportNanos == 0 || now - lastDieReportNanos > DIE_REPORT_NANOS) {
            List<ManagedProcess> unstopped = table.unstopped();
            log.log(Level.INFO, "waiting for " + unstopped.stream().map(ManagedProcess::name)
                    .collect(Collectors.joining(", ")) + " to die");
            lastDieReportNanos = now;
            for (ManagedProcess p : unstopped) {
                log.log(Level.BLAT, p.name() + " has entered the " + p.state() + " state");
            }
        }
    }
}
