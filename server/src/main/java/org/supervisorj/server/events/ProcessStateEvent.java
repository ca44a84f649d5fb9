package org.supervisorj.server.events;

import java.util.OptionalInt;

/**
 * A PROCESS_STATE_* event. Values are captured when the event is made, as Supervisor does, so a
 * later pid change does not alter what listeners see. {@code tries} is present for STARTING and
 * BACKOFF, {@code pid} for RUNNING, STOPPING, STOPPED and EXITED, {@code expected} for EXITED.
 */
public record ProcessStateEvent(EventType type, String processName, String groupName, String fromState,
                                OptionalInt tries, OptionalInt expected, OptionalInt pid) implements Event {

    public ProcessStateEvent {
        if (!type.isA(EventType.PROCESS_STATE) || type.isAbstract()) {
            throw new IllegalArgumentException("not a concrete process state event: " + type);
        }
    }

    @Override
    public String payload() {
        StringBuilder b = new StringBuilder()
                .append("processname:").append(processName)
                .append(" groupname:").append(groupName)
                .append(" from_state:").append(fromState);
        tries.ifPresent(t -> b.append(" tries:").append(t));
        expected.ifPresent(e -> b.append(" expected:").append(e));
        pid.ifPresent(p -> b.append(" pid:").append(p));
        return b.toString();
    }
}
