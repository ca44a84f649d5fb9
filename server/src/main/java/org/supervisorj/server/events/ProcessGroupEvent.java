package org.supervisorj.server.events;

/** PROCESS_GROUP_ADDED or _REMOVED. */
public record ProcessGroupEvent(EventType type, String groupName) implements Event {
    public ProcessGroupEvent {
        if (type != EventType.PROCESS_GROUP_ADDED && type != EventType.PROCESS_GROUP_REMOVED) {
            throw new IllegalArgumentException("not a process group event: " + type);
        }
    }

    @Override
    public String payload() {
        // Supervisor quirk (spec §8.1): kept, the trailing newline counts in len.
        return "groupname:" + groupName + "\n";
    }
}
