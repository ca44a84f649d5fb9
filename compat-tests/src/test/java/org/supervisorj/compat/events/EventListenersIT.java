package org.supervisorj.compat.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervisorj.compat.support.TextFiles.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.CommandResult;
import org.supervisorj.compat.support.Await;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.ProjectPaths;
import org.supervisorj.compat.support.RunningSupervisord;

/**
 * Event listeners as users write them (supervisor.childutils, and the examples Debian ships) against
 * Python's supervisord and ours; and listeners that crash, hang or flood, against ours.
 */
class EventListenersIT {
    private static final Path RESOURCES = ProjectPaths.root().resolve("compat-tests/src/test/resources/events");
    private static final Pattern NOTE = Pattern.compile("type:(\\w+)\\n(note \\d+)");

    /** A scripted scenario (spec §8): the sequence a childutils listener receives must be the same. */
    @Test
    void childutilsListenerReceivesTheSameSequenceAsFromPython(@TempDir Path tmp) throws Exception {
        List<String> sequences = new ArrayList<>();
        for (Implementation impl : Implementation.both()) {
            try (RunningSupervisord sd = start(impl, tmp, "scenario.conf")) {
                CommandResult r = sd.python(RESOURCES.resolve("drive.py"));
                assertEquals(0, r.exitCode(), impl + " scenario failed:\n" + r.output());
                sequences.add(r.output());
            }
        }
        assertEquals(sequences.get(0), sequences.get(1), "python (expected) vs java (actual)");
        // The scenario rejects one event with FAIL: it is redelivered with the same serials.
        assertTrue(sequences.get(1).contains("""
                ver:3.0 server:supervisor serial:7 pool:recorder poolserial:7 eventname:PROCESS_LOG_STDOUT len:payload
                'processname:talker groupname:talker pid:N channel:stdout\\ncaptured café'
                ver:3.0 server:supervisor serial:7 pool:recorder poolserial:7 eventname:PROCESS_LOG_STDOUT len:payload
                """), sequences.get(1));
    }

    /** The listeners in /usr/share/doc/supervisor/examples work unchanged, against both. */
    @Test
    void shippedExampleListenersWorkUnchanged(@TempDir Path tmp) throws Exception {
        for (Implementation impl : Implementation.both()) {
            try (RunningSupervisord sd = start(impl, tmp, "examples.conf")) {
                awaitState(sd, "sample", "RUNNING");
                awaitState(sd, "loop", "RUNNING");
                CommandResult r = sd.python(RESOURCES.resolve("notes.py"), "memo", "3");
                assertEquals("RUNNING\n", r.output(), impl + ": " + r);
                List<String> expected = List.of("memo note 0", "memo note 1", "memo note 2");
                Await.until(impl + " sample listener", Duration.ofSeconds(30), () -> notes(sd.dir().resolve("sample.err")).equals(expected));
                Await.until(impl + " exiting listener", Duration.ofSeconds(30), () -> notes(sd.dir().resolve("exiting.err")).equals(expected));
                Await.until(impl + " loop listener replies", Duration.ofSeconds(30), () -> lines(sd.dir().resolve("replies.txt")).size() == 5);
                assertEquals(List.of("Got it yo", "Got it yo", "Got it yo", "Got it yo", "Got it yo"),
                        lines(sd.dir().resolve("replies.txt")));
                assertTrue(sd.isAlive());
            }
        }
    }

    /**
     * A listener that dies holding an event, one that never answers and one that floods its stdout: the
     * well-behaved listener still gets every event once, in order, and supervisord keeps answering.
     */
    @Test
    void misbehavingListenersDoNotStallOthers(@TempDir Path tmp) throws Exception {
        try (RunningSupervisord sd = start(Implementation.ours(), tmp, "misbehaving.conf")) {
            for (String name : List.of("crasher", "hanger", "flooder", "recorder")) {
                awaitState(sd, name, "RUNNING");
            }
            Path log = sd.dir().resolve("supervisord.log");
            Await.until("flooder UNKNOWN", Duration.ofSeconds(30), () -> read(log).contains("flooder: has entered the UNKNOWN state and will no "
                    + "longer receive events, this usually indicates the process violated the eventlistener protocol"));
            CommandResult r = sd.python(RESOURCES.resolve("notes.py"), "memo", "20");
            assertEquals("RUNNING\n", r.output(), r.toString());
            List<String> expected = IntStream.range(0, 20).mapToObj(i -> "memo note " + i).toList();
            Await.until("recorder got all notes", Duration.ofSeconds(30), () -> recorded(sd.dir().resolve("events.jsonl")).size() >= 20);
            assertEquals(expected, recorded(sd.dir().resolve("events.jsonl")));
            // The hanger holds note 0; its 3-event buffer overflows, and says so.
            Await.until("hanger overflow", Duration.ofSeconds(30), () -> read(log).contains("pool hanger event buffer overflowed, discarding event "));
            // The crasher gives back what it held each time it dies.
            Await.until("crasher rebuffers", Duration.ofSeconds(30), () -> read(log).contains("rebuffering event 0 for pool crasher"));
            assertTrue(sd.ctl("status", "recorder").output().contains("RUNNING"));
        }
    }

    private static RunningSupervisord start(Implementation impl, Path tmp, String conf) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(impl.name()));
        try (Stream<Path> scripts = Files.list(RESOURCES)) {
            for (Path p : scripts.filter(p -> p.toString().endsWith(".py")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        return RunningSupervisord.start(impl, tmp, Files.readString(RESOURCES.resolve(conf)));
    }

    private static void awaitState(RunningSupervisord sd, String name, String state) {
        Await.until(sd.implementation() + " " + name + " " + state, Duration.ofSeconds(30), () -> sd.ctl("status", name).output().contains(state));
    }

    /** "type note" pairs from an example listener's stderr, which echoes each header line and payload. */
    private static List<String> notes(Path stderrLog) {
        List<String> found = new ArrayList<>();
        Matcher m = NOTE.matcher(read(stderrLog));
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }

    private static List<String> recorded(Path jsonl) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"payload\": \"type:(\\w+)\\\\n(note \\d+)\"").matcher(read(jsonl));
        while (m.find()) {
            found.add(m.group(1) + " " + m.group(2));
        }
        return found;
    }

    private static List<String> lines(Path p) {
        String s = read(p);
        return s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }
}
