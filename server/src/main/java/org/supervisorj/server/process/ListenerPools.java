package org.supervisorj.server.process;

import java.util.ArrayList;
import java.util.List;

import org.supervisorj.server.config.ProcessGroupConfig;
import org.supervisorj.server.events.Event;
import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.ProcessGroupEvent;
import org.supervisorj.server.log.MainLog;

/**
 * Every [eventlistener:x] pool of the running supervisord, and the global event serial (spec §8.2).
 * One instance lives as long as supervisord: the serial survives reloads, the pools do not.
 *
 * <p>It is the only subscriber on the bus for listener delivery: each published event is offered to the
 * pools in creation order and gets its serial from the first pool that buffers it. Engine-thread
 * confined, like the bus's publishers.
 */
public final class ListenerPools {
    private final Engine engine;
    private final List<ListenerPool> pools = new ArrayList<>();
    private long serial = -1;

    public ListenerPools(Engine engine, EventBus events) {
        this.engine = engine;
        events.subscribe(EventType.EVENT, this::publish);
    }

    /**
     * Makes the pool for an EVENTLISTENER group; its members join with {@link ListenerPool#join}. The
     * pool sees events from now on, including its own PROCESS_GROUP_ADDED, as in 4.2.5.
     */
    public ListenerPool create(ProcessGroupConfig group, String identifier, MainLog log) {
        var settings = group.listener().orElseThrow(() -> new IllegalArgumentException(group.name() + " is not a listener pool"));
        ListenerPool pool = new ListenerPool(group.name(), settings, identifier, log, engine);
        pools.add(pool);
        return pool;
    }

    /** Drops every pool: supervisord is starting a new run (Supervisor clears all subscriptions then). */
    public void clear() {
        pools.clear();
    }

    /** The pools in creation order. */
    List<ListenerPool> pools() {
        return List.copyOf(pools);
    }

    private void publish(Event event) {
        if (event instanceof ProcessGroupEvent g && g.type() == EventType.PROCESS_GROUP_REMOVED) {
            // A removed pool unsubscribes before its REMOVED event goes out.
            pools.removeIf(p -> p.name().equals(g.groupName()));
        }
        long assigned = -1;
        for (ListenerPool pool : List.copyOf(pools)) {
            // Deviation from 4.2.5: a pool buffers an event once even when several of its events= names
            // match it (Supervisor buffers it once per matching name, spec §8.3).
            if (pool.subscribes(event.type())) {
                if (assigned < 0) {
                    assigned = nextSerial();
                }
                pool.accept(event, assigned);
            }
        }
    }

    private long nextSerial() {
        serial = serial == Long.MAX_VALUE ? 0 : serial + 1;
        return serial;
    }
}
