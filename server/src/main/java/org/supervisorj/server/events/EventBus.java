package org.supervisorj.server.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Delivers events to subscribers, synchronously on the publishing thread.
 *
 * <p>Subscribers must be fast, must not block and must not throw: they run on the engine thread
 * that owns every process's state. A subscriber that needs to do I/O queues the event.
 */
public final class EventBus {
    private record Subscription(EventType type, Consumer<Event> subscriber) {
    }

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** Receives every event that is {@code type} or a subtype of it. */
    public Runnable subscribe(EventType type, Consumer<Event> subscriber) {
        Subscription s = new Subscription(type, subscriber);
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    public void publish(Event event) {
        for (Subscription s : subscriptions) {
            if (event.type().isA(s.type())) {
                s.subscriber().accept(event);
            }
        }
    }
}
