package org.supervisorj.server.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class EnvelopeTest {

    @Test
    void headerTokensComeInSupervisorsOrder() {
        Envelope e = new Envelope("supervisor", 12, "listener", 3,
                new ProcessGroupEvent(EventType.PROCESS_GROUP_ADDED, "web"));
        assertEquals("ver:3.0 server:supervisor serial:12 pool:listener poolserial:3 eventname:PROCESS_GROUP_ADDED "
                + "len:14\ngroupname:web\n", e.text());
    }

    @Test
    void lenCountsCharactersWhileTheBytesAreUtf8() {
        Envelope e = new Envelope("supervisor", 0, "p", 0, new RemoteCommunicationEvent("t", "café \uD83D\uDE00"));
        String payload = "type:t\ncafé \uD83D\uDE00";
        assertEquals(13, Envelope.length(payload));
        assertEquals(17, payload.getBytes(StandardCharsets.UTF_8).length);
        assertEquals("ver:3.0 server:supervisor serial:0 pool:p poolserial:0 eventname:REMOTE_COMMUNICATION len:13\n"
                + payload, new String(e.bytes(), StandardCharsets.UTF_8));
    }

    /** The same events formatted by Supervisor's own EventListenerPool._eventEnvelope. */
    @Test
    void envelopesMatchPythonSupervisor() throws Exception {
        List<Event> events = List.of(
                new RemoteCommunicationEvent("memo", "café ☃\nline two"),
                new ProcessGroupEvent(EventType.PROCESS_GROUP_REMOVED, "grp"),
                new SupervisorStateEvent(EventType.SUPERVISOR_STATE_CHANGE_RUNNING),
                new TickEvent(EventType.TICK_60, 1_700_000_040L),
                new ProcessStateEvent(EventType.PROCESS_STATE_EXITED, "a", "g", "RUNNING", OptionalInt.empty(),
                        OptionalInt.of(0), OptionalInt.of(42)),
                new ProcessOutputEvent(EventType.PROCESS_LOG_STDERR, "a", "g", 42, "naïve\n".getBytes(StandardCharsets.UTF_8)),
                new ProcessOutputEvent(EventType.PROCESS_COMMUNICATION_STDOUT, "a", "g", 42, new byte[] {(byte) 0xff, 'x'}));
        StringBuilder ours = new StringBuilder();
        for (Event e : events) {
            ours.append(new Envelope("sid", 7, "pool", 3, e).text()).append("\u0000");
        }
        String python = python("""
                import sys
                from supervisor import events
                from supervisor.process import EventListenerPool
                class O: pass
                pool = O(); pool.config = O(); pool.config.options = O()
                pool.config.options.identifier = 'sid'; pool.config.name = 'pool'
                proc = O(); proc.config = O(); proc.config.name = 'a'; proc.group = O(); proc.group.config = O()
                proc.group.config.name = 'g'; proc.pid = 42
                evs = [events.RemoteCommunicationEvent('memo', 'café ☃\\nline two'),
                       events.ProcessGroupRemovedEvent('grp'),
                       events.SupervisorRunningEvent(),
                       events.Tick60Event(1700000040, None),
                       events.ProcessStateExitedEvent(proc, 20, False),
                       events.ProcessLogStderrEvent(proc, 42, 'naïve\\n'.encode()),
                       events.ProcessCommunicationStdoutEvent(proc, 42, b'\\xffx')]
                for e in evs:
                    sys.stdout.write(EventListenerPool._eventEnvelope(pool, type(e), 7, 3, e.payload()) + '\\0')
                """);
        assertEquals(python, ours.toString());
    }

    private static String python(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("python oracle failed (is /usr/bin/python3 with supervisor installed?):\n" + out);
        }
        return out;
    }
}
