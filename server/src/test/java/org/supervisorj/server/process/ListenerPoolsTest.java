package org.supervisorj.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supervisorj.server.config.EventListenerConfig;
import org.supervisorj.server.config.GroupKind;
import org.supervisorj.server.config.ProcessGroupConfig;
import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.ProcessGroupEvent;
import org.supervisorj.server.events.RemoteCommunicationEvent;
import org.supervisorj.server.events.TickEvent;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.MainLog;

/** Buffering, serials and overflow of listener pools, without listener processes (spec §8.2, §8.3). */
class ListenerPoolsTest {
    private final Engine engine = new Engine();
    private final EventBus bus = new EventBus();
    private final ListenerPools pools = new ListenerPools(engine, bus);
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final MainLog log;

    ListenerPoolsTest() throws IOException {
        log = MainLog.builder(Level.DEBG).stream(logged)
                .clock(InstantSource.fixed(Instant.parse("2024-01-02T03:04:05Z")), ZoneOffset.UTC).build();
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    private ListenerPool pool(String name, int bufferSize, String... events) {
        var config = new ProcessGroupConfig(name, GroupKind.EVENTLISTENER, -1, List.of(),
                Optional.of(new EventListenerConfig(List.of(events), bufferSize,
                        EventListenerConfig.DEFAULT_RESULT_HANDLER)), Optional.empty());
        return pools.create(config, "supervisor", log);
    }

    private static List<String> serials(ListenerPool pool) {
        return pool.buffered().stream().map(b -> b.serial() + "/" + b.poolSerial()).toList();
    }

    private static void note(EventBus bus, String text) {
        bus.publish(new RemoteCommunicationEvent("t", text));
    }

    private String logText() {
        return logged.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theOldestEventIsDiscardedWhenTheBufferIsFull() {
        ListenerPool pool = pool("p", 3, "REMOTE_COMMUNICATION");
        for (int i = 0; i < 5; i++) {
            note(bus, "n" + i);
        }
        assertEquals(List.of("2/2", "3/3", "4/4"), serials(pool));
        assertEquals("""
                2024-01-02 03:04:05,000 ERRO pool p event buffer overflowed, discarding event 0
                2024-01-02 03:04:05,000 ERRO pool p event buffer overflowed, discarding event 1
                """, logText());
    }

    @Test
    void aGivenBackEventGoesToTheHeadAndStillPushesTheOldestOut() {
        ListenerPool pool = pool("p", 2, "REMOTE_COMMUNICATION");
        note(bus, "a");
        note(bus, "b");
        note(bus, "c");
        ListenerPool.Buffered first = new ListenerPool.Buffered(new RemoteCommunicationEvent("t", "a"), 0, 0);
        pool.giveBack(first);
        assertEquals(List.of("0/0", "2/2"), serials(pool));
        assertEquals("""
                2024-01-02 03:04:05,000 ERRO pool p event buffer overflowed, discarding event 0
                2024-01-02 03:04:05,000 DEBG rebuffering event 0 for pool p (buf size=2, max=2)
                2024-01-02 03:04:05,000 ERRO pool p event buffer overflowed, discarding event 1
                """, logText());
    }

    @Test
    void serialsAreGlobalAndSpentOnlyOnEventsSomePoolWants() {
        ListenerPool notes = pool("notes", 10, "REMOTE_COMMUNICATION");
        ListenerPool all = pool("all", 10, "EVENT");
        bus.publish(new TickEvent(EventType.TICK_5, 5));
        note(bus, "x");
        assertEquals(List.of("1/0"), serials(notes));
        assertEquals(List.of("0/0", "1/1"), serials(all));
        pools.clear();
        ListenerPool again = pool("notes", 10, "REMOTE_COMMUNICATION");
        bus.publish(new TickEvent(EventType.TICK_5, 10));
        note(bus, "y");
        assertEquals(List.of("2/0"), serials(again), "the serial survives a reload, the pool serial does not");
    }

    @Test
    void overlappingSubscriptionsBufferAnEventOnce() {
        ListenerPool pool = pool("p", 10, "EVENT", "REMOTE_COMMUNICATION");
        note(bus, "x");
        assertEquals(List.of("0/0"), serials(pool));
    }

    @Test
    void aRemovedPoolDoesNotSeeItsOwnRemoval() {
        ListenerPool gone = pool("gone", 10, "PROCESS_GROUP");
        ListenerPool stays = pool("stays", 10, "PROCESS_GROUP");
        bus.publish(new ProcessGroupEvent(EventType.PROCESS_GROUP_REMOVED, "gone"));
        assertEquals(List.of(), serials(gone));
        assertEquals(List.of("0/0"), serials(stays));
    }
}
