package org.supervisorj.server.events;

/** SUPERVISOR_STATE_CHANGE_RUNNING or _STOPPING; the payload is empty. */
public record SupervisorStateEvent(EventType type) implements Event {
    public SupervisorStateEvent {
        if (type != EventType.SUPERVISOR_STATE_CHANGE_RUNNING && type != EventType.SUPERVISOR_STATE_CHANGE_STOPPING) {
            throw new IllegalArgumentException("not a supervisor state event: " + type);
        }
    }

    @Override
    public String payload() {
        return "";
    }
}
