package org.supervisorj.server.process;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Predicate;

import org.supervisorj.server.config.value.AutoRestart;
import org.supervisorj.server.config.ProcessConfig;
import org.supervisorj.server.config.value.Signal;
import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.ProcessStateEvent;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.MainLog;
import org.supervisorj.server.process.spawn.OutputChannel;

/**
 * One supervised process and its lifecycle: Supervisor 4.2.5's {@code Subprocess}, with every
 * transition of spec §7.2 in this class and the state assigned in one place ({@link #moveTo}).
 *
 * <p>Confined to the {@link Engine} thread: no method may be called from anywhere else.
 * Time rules are evaluated in {@link #transition()}, which runs whenever a timer set by this class
 * fires, instead of once per second as in Supervisor.
 */
public final class ManagedProcess {
    private final ProcessConfig config;
    private final Engine engine;
    private final ChildLauncher launcher;
    private final MainLog log;
    private final EventBus events;
    private final Supervision supervision;
    private final ProcessOutput output;
    private final List<Waiter> waiters = new ArrayList<>();

    private ProcessState state = ProcessState.STOPPED;
    private RunningChild child;
    private volatile int pid;
    private long laststartMillis;
    private long laststopMillis;
    private long startedNanos;
    private long delayNanos;
    private long laststopreportNanos;
    private int backoff;
    private boolean killing;
    /** While finish() runs, waiters wait until the process is fully put away (no pid, no child). */
    private boolean finishing;
    private String spawnerr;
    private Integer exitstatus;
    private ScheduledFuture<?> timer;
    private StateObserver observer = (from, to) -> { };

    /** The supervisor-wide facts a process needs: is it allowed to spawn right now. */
    public interface Supervision {
        boolean acceptsSpawns();
    }

    /** Told of every state change, after the state is set and before its PROCESS_STATE event is published. */
    public interface StateObserver {
        void moved(ProcessState from, ProcessState to);
    }

    private record Waiter(Predicate<ManagedProcess> done, CompletableFuture<ManagedProcess> future) {
    }

    public ManagedProcess(ProcessConfig config, Engine engine, ChildLauncher launcher, MainLog log, EventBus events,
                          Supervision supervision, ProcessOutput output) {
        this.config = config;
        this.engine = engine;
        this.launcher = launcher;
        this.log = log;
        this.events = events;
        this.supervision = supervision;
        this.output = output;
    }

    public ProcessConfig config() {
        return config;
    }

    public String name() {
        return config.name();
    }

    public String groupName() {
        return config.groupName();
    }

    public ProcessState state() {
        return state;
    }

    public int pid() {
        return pid;
    }

    public String spawnerr() {
        return spawnerr;
    }

    /** Installs the one state observer (an event listener pool's hook); it must not throw. */
    public void observeStates(StateObserver observer) {
        this.observer = observer;
    }

    public ProcessOutput output() {
        return output;
    }

    public String stdoutLogfile() {
        return output.logfile(OutputChannel.STDOUT);
    }

    public String stderrLogfile() {
        return output.logfile(OutputChannel.STDERR);
    }

    public ProcessInfo info() {
        return new ProcessInfo(name(), groupName(), laststartMillis / 1000, laststopMillis / 1000,
                System.currentTimeMillis() / 1000, state, spawnerr == null ? "" : spawnerr,
                exitstatus == null ? 0 : exitstatus, stdoutLogfile(), stderrLogfile(), pid);
    }

    // ---- time-driven rules ------------------------------------------------------------------

    /**
     * Applies the rules that depend on time or on the previous exit: autostart, autorestart,
     * backoff retries, promotion to RUNNING, giving up, and SIGKILL after stopwaitsecs.
     */
    public void transition() {
        long now = System.nanoTime();
        ProcessState current = state;
        if (supervision.acceptsSpawns()) {
            switch (current) {
                case EXITED -> {
                    if (config.autorestart() == AutoRestart.TRUE
                            || config.autorestart() == AutoRestart.UNEXPECTED && !exitExpected(exitstatus)) {
                        spawn();
                    }
                }
                case STOPPED -> {
                    if (laststartMillis == 0 && config.autostart()) {
                        spawn();
                    }
                }
                case BACKOFF -> {
                    if (backoff <= config.startretries() && now - delayNanos > 0) {
                        spawn();
                    }
                }
                default -> {
                }
            }
        }
        if (current == ProcessState.STARTING && state == ProcessState.STARTING
                && now - startedNanos > seconds(config.startsecs())) {
            delayNanos = 0;
            backoff = 0;
            moveTo(ProcessState.RUNNING);
            log.log(Level.INFO, "success: " + name() + " entered RUNNING state, process has stayed up for > than "
                    + config.startsecs() + " seconds (startsecs)");
        }
        if (current == ProcessState.BACKOFF && state == ProcessState.BACKOFF && backoff > config.startretries()) {
            giveUp();
            log.log(Level.INFO, "gave up: " + name() + " entered FATAL state, too many start retries too quickly");
        } else if (current == ProcessState.STOPPING && state == ProcessState.STOPPING && now - delayNanos >= 0) {
            log.log(Level.WARN, "killing '" + name() + "' (" + pid + ") with SIGKILL");
            kill(Signal.SIGKILL);
        }
        scheduleNextCheck();
    }

    /** Sets one timer for the next moment {@link #transition()} could change something. */
    private void scheduleNextCheck() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        long dueNanos = switch (state) {
            // "stayed up for > startsecs": one millisecond past the boundary.
            case STARTING -> startedNanos + seconds(config.startsecs()) + 1_000_000;
            case BACKOFF -> backoff <= config.startretries() ? delayNanos + 1_000_000 : System.nanoTime();
            case STOPPING -> delayNanos;
            default -> Long.MIN_VALUE;
        };
        if (dueNanos != Long.MIN_VALUE) {
            long delayMillis = Math.max(0, (dueNanos - System.nanoTime() + 999_999) / 1_000_000);
            timer = engine.schedule(this::transition, delayMillis);
        }
    }

    // ---- commands ---------------------------------------------------------------------------

    /** Starts the child; returns quietly after a spawn error, which is recorded as spawnerr. */
    public void spawn() {
        if (pid != 0) {
            log.log(Level.WARN, "process '" + name() + "' already running");
            return;
        }
        killing = false;
        spawnerr = null;
        exitstatus = null;
        laststartMillis = System.currentTimeMillis();
        startedNanos = System.nanoTime();
        moveTo(ProcessState.STARTING);
        try {
            child = launcher.launch(this);
        } catch (ChildLauncher.SpawnFailure e) {
            recordSpawnerr(e.getMessage());
            moveTo(ProcessState.BACKOFF);
            scheduleNextCheck();
            return;
        }
        pid = child.pid();
        log.log(Level.INFO, "spawned: '" + name() + "' with pid " + pid);
        spawnerr = null;
        delayNanos = startedNanos + seconds(config.startsecs());
        scheduleNextCheck();
    }

    /** An administrative stop: the stop signal now, SIGKILL after stopwaitsecs. Returns an error text or null. */
    public String stop() {
        laststopreportNanos = 0;
        return kill(config.stopsignal());
    }

    /**
     * Sends a signal meant to end the process. From BACKOFF this goes straight to STOPPED, so a stop
     * is not held up by pending retries.
     */
    String kill(Signal signal) {
        if (state == ProcessState.BACKOFF) {
            log.log(Level.DEBG, "Attempted to kill " + name() + ", which is in BACKOFF state.");
            // Supervisor quirk (spec §7.2): kept, the backoff counter is not reset here.
            moveTo(ProcessState.STOPPED);
            return null;
        }
        if (pid == 0) {
            String msg = "attempted to kill " + name() + " with sig " + signal.name() + " but it wasn't running";
            log.log(Level.DEBG, msg);
            return msg;
        }
        boolean asGroup = state == ProcessState.STOPPING ? config.killasgroup() : config.stopasgroup();
        log.log(Level.DEBG, "killing " + name() + " (pid " + pid + ") " + (asGroup ? "process group " : "")
                + "with signal " + signal.name());
        killing = true;
        delayNanos = System.nanoTime() + seconds(config.stopwaitsecs());
        if (state != ProcessState.STOPPING) {
            moveTo(ProcessState.STOPPING);
        }
        int errno = launcher.kill(asGroup ? -pid : pid, signal.number());
        scheduleNextCheck();
        if (errno == 0) {
            return null;
        }
        if (errno == Errno.ESRCH) {
            // It exited on its own meanwhile; reaping will move the state.
            log.log(Level.DEBG, "unable to signal " + name() + " (pid " + pid + "), it probably just exited on its own: "
                    + Errno.describe(errno));
            return null;
        }
        String msg = "unknown problem killing " + name() + " (" + pid + "):" + Errno.describe(errno);
        log.log(Level.CRIT, msg);
        moveTo(ProcessState.UNKNOWN);
        killing = false;
        delayNanos = 0;
        return msg;
    }

    /** Sends a signal without intending to stop the process. Returns an error text or null. */
    public String signal(Signal signal) {
        if (pid == 0) {
            String msg = "attempted to send " + name() + " sig " + signal.name() + " but it wasn't running";
            log.log(Level.DEBG, msg);
            return msg;
        }
        log.log(Level.DEBG, "sending " + name() + " (pid " + pid + ") sig " + signal.name());
        int errno = launcher.kill(pid, signal.number());
        if (errno == 0 || errno == Errno.ESRCH) {
            return null;
        }
        String msg = "unknown problem sending sig " + name() + " (" + pid + "):" + Errno.describe(errno);
        log.log(Level.CRIT, msg);
        moveTo(ProcessState.UNKNOWN);
        return msg;
    }

    /** BACKOFF -> FATAL, at too many retries or when supervisord stops everything. */
    void giveUp() {
        delayNanos = 0;
        backoff = 0;
        moveTo(ProcessState.FATAL);
        scheduleNextCheck();
    }

    public void writeStdin(byte[] data) throws IOException {
        if (child == null) {
            throw new IOException("process not running");
        }
        child.writeStdin(data);
    }

    /** Logs "waiting for x to stop" at most every 2 seconds while a stop is pending. */
    public void stopReport() {
        if (state == ProcessState.STOPPING) {
            long now = System.nanoTime();
            if (laststopreportNanos == 0 || now - laststopreportNanos > seconds(2)) {
                log.log(Level.INFO, "waiting for " + name() + " to stop");
                laststopreportNanos = now;
            }
        }
    }

    // ---- exits ------------------------------------------------------------------------------

    /** The reaper found this process's pid; Supervisor's {@code finish()}. */
    public void finish(Exit exit) {
        finishing = true;
        long nowNanos = System.nanoTime();
        laststopMillis = System.currentTimeMillis();
        boolean tooQuickly = nowNanos - startedNanos < seconds(config.startsecs());
        boolean expected = exitExpected(exit.status());
        if (killing) {
            killing = false;
            delayNanos = 0;
            exitstatus = exit.status();
            moveTo(ProcessState.STOPPED);
            log.log(expected ? Level.INFO : Level.WARN, "stopped: " + name() + " (" + exit.text() + ")");
        } else if (tooQuickly) {
            exitstatus = null;
            spawnerr = "Exited too quickly (process log may have details)";
            // Supervisor quirk (spec §7.2): kept, a quick exit is a failure even with an expected code.
            moveTo(ProcessState.BACKOFF);
            log.log(Level.WARN, "exited: " + name() + " (" + exit.text() + "; not expected)");
        } else {
            delayNanos = 0;
            backoff = 0;
            exitstatus = exit.status();
            if (state == ProcessState.STARTING) {
                // It outlived startsecs but exited before the promotion timer ran: both events, as in 4.2.5.
                moveTo(ProcessState.RUNNING);
            }
            if (expected) {
                moveTo(ProcessState.EXITED, true);
                log.log(Level.INFO, "exited: " + name() + " (" + exit.text() + "; expected)");
            } else {
                spawnerr = "Bad exit code " + exit.status();
                moveTo(ProcessState.EXITED, false);
                log.log(Level.WARN, "exited: " + name() + " (" + exit.text() + "; not expected)");
            }
        }
        pid = 0;
        if (child != null) {
            child.release();
            child = null;
        }
        finishing = false;
        wakeWaiters();
        // EXITED may restart at once; BACKOFF waits its delay.
        engine.execute(this::transition);
    }

    private boolean exitExpected(Integer status) {
        return status != null && config.exitcodes().contains(status);
    }

    private void recordSpawnerr(String msg) {
        spawnerr = msg;
        log.log(Level.INFO, "spawnerr: " + msg);
    }

    // ---- state ------------------------------------------------------------------------------

    private void moveTo(ProcessState to) {
        moveTo(to, true);
    }

    /** The only assignment of {@link #state}; publishes the PROCESS_STATE event and wakes waiters. */
    private void moveTo(ProcessState to, boolean expected) {
        ProcessState from = state;
        if (from == to) {
            return;
        }
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException(name() + ": " + from + " -> " + to + " is not a Supervisor transition");
        }
        state = to;
        if (to == ProcessState.BACKOFF) {
            backoff++;
            delayNanos = System.nanoTime() + seconds(backoff);
        }
        observer.moved(from, to);
        events.publish(stateEvent(from, to, expected));
        wakeWaiters();
    }

    private ProcessStateEvent stateEvent(ProcessState from, ProcessState to, boolean expected) {
        OptionalInt none = OptionalInt.empty();
        OptionalInt tries = to == ProcessState.STARTING || to == ProcessState.BACKOFF ? OptionalInt.of(backoff) : none;
        OptionalInt exp = to == ProcessState.EXITED ? OptionalInt.of(expected ? 1 : 0) : none;
        OptionalInt p = switch (to) {
            case RUNNING, STOPPING, STOPPED, EXITED -> OptionalInt.of(pid);
            default -> none;
        };
        return new ProcessStateEvent(EventType.valueOf("PROCESS_STATE_" + to.name()), name(), groupName(),
                from.name(), tries, exp, p);
    }

    /** Completes when {@code done} holds, checked now and after every state change. */
    public CompletableFuture<ManagedProcess> await(Predicate<ManagedProcess> done) {
        CompletableFuture<ManagedProcess> f = new CompletableFuture<>();
        if (done.test(this)) {
            f.complete(this);
        } else {
            waiters.add(new Waiter(done, f));
        }
        return f;
    }

    private void wakeWaiters() {
        if (finishing || waiters.isEmpty()) {
            return;
        }
        for (Waiter w : List.copyOf(waiters)) {
            if (w.done().test(this)) {
                waiters.remove(w);
                w.future().complete(this);
            }
        }
    }

    private static long seconds(long s) {
        return s * 1_000_000_000L;
    }

    @Override
    public String toString() {
        return "ManagedProcess[" + name() + " " + state + "]";
    }
}
