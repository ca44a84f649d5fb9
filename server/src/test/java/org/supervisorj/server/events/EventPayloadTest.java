package org.supervisorj.server.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** Payload texts as Supervisor 4.2.5 writes them (spec §8.1). */
class EventPayloadTest {

    @Test
    void processStateTokensComeInSupervisorsOrder() {
        assertEquals("processname:web groupname:g from_state:STOPPED tries:0",
                new ProcessStateEvent(EventType.PROCESS_STATE_STARTING, "web", "g", "STOPPED",
                        OptionalInt.of(0), OptionalInt.empty(), OptionalInt.empty()).payload());
        assertEquals("processname:web groupname:g from_state:RUNNING expected:0 pid:42",
                new ProcessStateEvent(EventType.PROCESS_STATE_EXITED, "web", "g", "RUNNING",
                        OptionalInt.empty(), OptionalInt.of(0), OptionalInt.of(42)).payload());
    }

    @Test
    void logEventsCarryTheChannelAndUndecodableBytesAsPythonRepr() {
        assertEquals("processname:web groupname:web pid:7 channel:stderr\noops\n",
                new ProcessOutputEvent(EventType.PROCESS_LOG_STDERR, "web", "web", 7,
                        "oops\n".getBytes(StandardCharsets.UTF_8)).payload());
        assertEquals("processname:web groupname:web pid:7\nUndecodable: b'\\xff\\n'",
                new ProcessOutputEvent(EventType.PROCESS_COMMUNICATION_STDOUT, "web", "web", 7,
                        new byte[] {(byte) 0xff, '\n'}).payload());
    }

    @Test
    void groupEventsEndWithANewline() {
        assertEquals("groupname:g\n", new ProcessGroupEvent(EventType.PROCESS_GROUP_ADDED, "g").payload());
    }

    @Test
    void subscriptionIsByAncestry() {
        assertTrue(EventType.TICK_5.isA(EventType.TICK));
        assertTrue(EventType.TICK_5.isA(EventType.EVENT));
        assertFalse(EventType.TICK_5.isA(EventType.PROCESS_STATE));
    }
}
