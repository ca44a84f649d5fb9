package org.supervisorj.server.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.supervisorj.server.config.EventListenerConfig;
import org.supervisorj.server.events.Envelope;
import org.supervisorj.server.events.Event;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.ListenerState;
import org.supervisorj.server.events.ResultHandler;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.MainLog;

/**
 * The event buffer of one [eventlistener:x] group and its dispatch (spec §8.3): a FIFO of
 * {@code buffer_size} events, each sent to the first member that is RUNNING and READY, in pool order.
 *
 * <p>Deviation from 4.2.5: dispatch happens as soon as an event is buffered or a member becomes ready,
 * not once per second-long loop pass. Like Supervisor's pass, it is only attempted when some member can
 * take an event, so the activity log tells the same story.
 *
 * <p>Engine-thread confined. Writing to a listener never blocks: stdin is non-blocking and a listener
 * holds at most one event at a time.
 */
public final class ListenerPool {
    /** An event as this pool holds it: its global serial and the serial this pool gave it. */
    record Buffered(Event event, long serial, long poolSerial) {
    }

    private final String name;
    private final Set<EventType> subscriptions;
    private final int bufferSize;
    private final ResultHandler resultHandler;
    private final String identifier;
    private final MainLog log;
    private final Engine engine;
    private final List<ListenerProcess> members = new ArrayList<>();
    private final Deque<Buffered> buffer = new ArrayDeque<>();
    private long poolSerial = -1;

    ListenerPool(String name, EventListenerConfig settings, String identifier, MainLog log, Engine engine) {
        this.name = name;
        this.subscriptions = settings.events().stream().map(n -> EventType.byName(n)
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + n))).collect(Collectors.toSet());
        this.bufferSize = settings.bufferSize();
        // Only the default handler passes config validation (ImportSpecs); see docs/events.md.
        this.resultHandler = ResultHandler.DEFAULT;
        this.identifier = identifier;
        this.log = log;
        this.engine = engine;
    }

    public String name() {
        return name;
    }

    /**
     * Adds a member, in pool order. Its stdout is read for the protocol through {@code output}, which must
     * not have been prepared yet.
     */
    public void join(ManagedProcess process, ChildOutput output) {
        ListenerProcess member = new ListenerProcess(process, this, resultHandler, log);
        members.add(member);
        process.observeStates(member::processMoved);
        output.tapListenerStdout((data, pid) -> engine.execute(() -> member.stdout(data, pid)));
    }

    boolean subscribes(EventType type) {
        for (EventType s : subscriptions) {
            if (type.isA(s)) {
                return true;
            }
        }
        return false;
    }

    /** A new event from the bus. */
    void accept(Event event, long serial) {
        poolSerial = poolSerial == Long.MAX_VALUE ? 0 : poolSerial + 1;
        add(new Buffered(event, serial, poolSerial), false);
        dispatch();
    }

    /** An event a member gave back (rejected, or it died holding it): first in line again. */
    void giveBack(Buffered event) {
        rebuffer(event);
        dispatch();
    }

    private void rebuffer(Buffered event) {
        log.log(Level.DEBG, "rebuffering event " + event.serial() + " for pool " + name + " (buf size="
                + buffer.size() + ", max=" + bufferSize + ")");
        add(event, true);
    }

    private void add(Buffered event, boolean head) {
        if (buffer.size() >= bufferSize && !buffer.isEmpty()) {
            // Supervisor quirk (spec §8.3): kept, the oldest goes, even when a given-back event takes the head.
            Buffered discarded = buffer.removeFirst();
            log.log(Level.ERRO, "pool " + name + " event buffer overflowed, discarding event " + discarded.serial());
        }
        if (head) {
            buffer.addFirst(event);
        } else {
            buffer.addLast(event);
        }
    }

    /** Sends buffered events, oldest first, while some member can take one. */
    void dispatch() {
        if (members.stream().noneMatch(ListenerProcess::canTakeEvent)) {
            return;
        }
        while (!buffer.isEmpty()) {
            Buffered event = buffer.removeFirst();
            if (!send(event)) {
                rebuffer(event);
                return;
            }
        }
    }

    private boolean send(Buffered event) {
        Envelope envelope = new Envelope(identifier, event.serial(), name, event.poolSerial(), event.event());
        for (ListenerProcess member : members) {
            if (member.canTakeEvent() && member.send(event, envelope)) {
                return true;
            }
        }
        return false;
    }

    /** For status and tests: events waiting, head first. */
    List<Buffered> buffered() {
        return List.copyOf(buffer);
    }

    /** For status and tests: each member's protocol state, in pool order. */
    List<ListenerState> memberStates() {
        return members.stream().map(ListenerProcess::listenerState).toList();
    }
}
