package org.supervisorj.server.events;

/** TICK_5, TICK_60 or TICK_3600; {@code when} is the epoch second of the period boundary. */
public record TickEvent(EventType type, long when) implements Event {
    public TickEvent {
        if (!type.isA(EventType.TICK) || type.isAbstract()) {
            throw new IllegalArgumentException("not a tick event: " + type);
        }
    }

    public static long periodSeconds(EventType type) {
        return switch (type) {
            case TICK_5 -> 5;
            case TICK_60 -> 60;
            case TICK_3600 -> 3600;
            default -> throw new IllegalArgumentException("not a tick event: " + type);
        };
    }

    @Override
    public String payload() {
        return "when:" + when;
    }
}
