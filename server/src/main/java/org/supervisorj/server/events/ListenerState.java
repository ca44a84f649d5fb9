package org.supervisorj.server.events;

/**
 * Where an event listener process stands in the protocol (Supervisor's EventListenerStates).
 * {@link #code()} is Supervisor's number; the name is what the activity log shows.
 */
public enum ListenerState {
    READY(10),
    BUSY(20),
    ACKNOWLEDGED(30),
    UNKNOWN(40);

    private final int code;

    ListenerState(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
