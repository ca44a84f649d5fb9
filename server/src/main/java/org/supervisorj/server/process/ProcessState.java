package org.supervisorj.server.process;

import java.util.Arrays;

/** Supervisor 4.2.5's process states (spec §7.1); {@link #code()} is the XML-RPC wire value. */
public enum ProcessState {
    STOPPED(0),
    STARTING(10),
    RUNNING(20),
    BACKOFF(30),
    STOPPING(40),
    EXITED(100),
    FATAL(200),
    UNKNOWN(1000);

    private final int code;

    ProcessState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ProcessState fromCode(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown process state code: " + code));
    }

    /**
     * The only legal moves (spec §7.2). An exhaustive switch: a new constant does not compile without a row.
     * STARTING -> RUNNING -> EXITED within one reap is two moves, both listed.
     */
    boolean canMoveTo(ProcessState to) {
        return switch (this) {
            case STOPPED -> to == STARTING;
            case STARTING -> to == RUNNING || to == BACKOFF || to == STOPPING || to == UNKNOWN;
            case RUNNING -> to == EXITED || to == STOPPING || to == UNKNOWN;
            case BACKOFF -> to == STARTING || to == FATAL || to == STOPPED;
            case STOPPING -> to == STOPPED || to == UNKNOWN;
            case EXITED, FATAL -> to == STARTING;
            // Supervisor quirk (process.py spawn() asserts the from-state): kept, UNKNOWN is final until
            // supervisord restarts or the group is removed and added again.
            case UNKNOWN -> false;
        };
    }

    /** STOPPED, EXITED, FATAL, UNKNOWN: Supervisor's STOPPED_STATES. */
    public boolean isStopped() {
        return this == STOPPED || this == EXITED || this == FATAL || this == UNKNOWN;
    }

    /** RUNNING, BACKOFF, STARTING: Supervisor's RUNNING_STATES. */
    public boolean isRunning() {
        return this == RUNNING || this == BACKOFF || this == STARTING;
    }

    /** RUNNING, STARTING, STOPPING: the states in which a pid exists to signal. */
    public boolean isSignallable() {
        return this == RUNNING || this == STARTING || this == STOPPING;
    }
}
