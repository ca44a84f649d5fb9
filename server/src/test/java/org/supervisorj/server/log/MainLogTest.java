package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainLogTest {
    private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2024-03-05T07:08:09.123987Z"));

    @TempDir
    Path dir;

    @Test
    void linesHaveSupervisorsFormatWithTruncatedMillis() throws Exception {
        Path p = dir.resolve("supervisord.log");
        try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneOffset.UTC).file(p, 0, 0).build()) {
            log.info("supervisord started with pid 42");
            log.warn("two\nlines");
            log.critical("");
        }
        assertEquals("2024-03-05 07:08:09,123 INFO supervisord started with pid 42\n"
                + "2024-03-05 07:08:09,123 WARN two\nlines\n"
                + "2024-03-05 07:08:09,123 CRIT \n", Files.readString(p));
    }

    @Test
    void localTimeIsUsed() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneId.of("Asia/Kolkata")).stream(out).build()) {
            log.info("x");
        }
        assertEquals("2024-03-05 12:38:09,123 INFO x\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void levelFiltersRecordsBelowIt() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var log = MainLog.builder(Level.WARN).clock(CLOCK, ZoneOffset.UTC).stream(out).build()) {
            for (Level l : Level.values()) {
                log.log(l, l.name().toLowerCase());
            }
            assertTrue(log.isEnabled(Level.WARN));
            assertFalse(log.isEnabled(Level.INFO));
        }
        assertEquals("2024-03-05 07:08:09,123 CRIT crit\n2024-03-05 07:08:09,123 ERRO erro\n"
                + "2024-03-05 07:08:09,123 WARN warn\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(3, Level.BLAT.number());
        assertEquals("TRAC", Level.TRAC.tag());
    }

    @Test
    void stdoutEchoAndFileGetTheSameLines() throws Exception {
        var out = new ByteArrayOutputStream();
        Path p = dir.resolve("m.log");
        try (var log = MainLog.builder(Level.BLAT).clock(CLOCK, ZoneOffset.UTC).stream(out).file(p, 0, 0).build()) {
            log.blather("deep");
        }
        assertEquals("2024-03-05 07:08:09,123 BLAT deep\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(out.toString(StandardCharsets.UTF_8), Files.readString(p));
    }

    @Test
    void mainLogRotatesWithBackups() throws Exception {
        Path p = dir.resolve("m.log");
        try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneOffset.UTC).file(p, 60, 2).build()) {
            for (int i = 0; i < 5; i++) {
                log.info("message " + i); // 42 bytes per line: rolls after every second line
            }
        }
        assertEquals("2024-03-05 07:08:09,123 INFO message 4\n", Files.readString(p));
        assertEquals("2024-03-05 07:08:09,123 INFO message 2\n2024-03-05 07:08:09,123 INFO message 3\n",
                Files.readString(dir.resolve("m.log.1")));
        assertEquals("2024-03-05 07:08:09,123 INFO message 0\n2024-03-05 07:08:09,123 INFO message 1\n",
                Files.readString(dir.resolve("m.log.2")));
        assertFalse(Files.exists(dir.resolve("m.log.3")));
    }

    @Test
    void clearRemovesTheFileAndLogsOneReopeningLinePerHandler() throws Exception {
        var out = new ByteArrayOutputStream();
        Path p = dir.resolve("m.log");
        try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneOffset.UTC).stream(out).file(p, 0, 0).build()) {
            log.info("before");
            log.clear();
            assertEquals("", Files.readString(p));
            log.info("after");
        }
        assertEquals("2024-03-05 07:08:09,123 INFO after\n", Files.readString(p));
        assertEquals("2024-03-05 07:08:09,123 INFO before\n2024-03-05 07:08:09,123 INFO reopening log file\n"
                + "2024-03-05 07:08:09,123 INFO reopening log file\n2024-03-05 07:08:09,123 INFO after\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void clearWithoutAFileIsNoFile() throws Exception {
        try (var log = MainLog.builder(Level.INFO).stream(new ByteArrayOutputStream()).build()) {
            var e = assertThrows(LogAccessException.class, log::clear);
            assertEquals(LogAccessException.Reason.NO_FILE, e.reason());
        }
        Path p = dir.resolve("m.log");
        try (var log = MainLog.builder(Level.INFO).file(p, 0, 0).build()) {
            Files.delete(p);
            assertEquals(LogAccessException.Reason.NO_FILE, assertThrows(LogAccessException.class, log::clear).reason());
        }
    }

    @Test
    void reopenStartsANewFileAfterItWasMovedAway() throws Exception {
        Path p = dir.resolve("m.log");
        try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneOffset.UTC).file(p, 0, 0).build()) {
            log.info("one");
            Files.move(p, dir.resolve("m.log.old"));
            log.info("two");
            log.reopen();
            log.info("three");
        }
        assertEquals("2024-03-05 07:08:09,123 INFO three\n", Files.readString(p));
        assertTrue(Files.readString(dir.resolve("m.log.old")).endsWith("INFO two\n"));
    }

    @Test
    void nonSeekableTargetsWorkWithoutRotation() throws Exception {
        try (var log = MainLog.builder(Level.INFO).file(Path.of("/dev/null"), 0, 0).build()) {
            log.info("into the void");
        }
        // a FIFO, like /dev/stdout piped to another program
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        var reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneOffset.UTC).file(fifo, 0, 0).build()) {
            log.info("through a pipe");
        }
        assertEquals("2024-03-05 07:08:09,123 INFO through a pipe\n", reader.get());
    }

    @Test
    void syslogSendsOneDatagramPerLineInGlibcsFormat() throws Exception {
        Path sock = dir.resolve("log.sock");
        try (var py = new PythonOracle()) {
            py.ask("bind", PythonOracle.hex(sock.toString()), "dgram");
            try (var log = MainLog.builder(Level.INFO).clock(CLOCK, ZoneOffset.UTC).syslog(sock).build()) {
                log.warn("first\nsecond\n\n");
            }
            assertEquals("<14>Mar  5 07:08:09 supervisord: 2024-03-05 07:08:09,123 WARN first\n",
                    text(py.ask("recv")));
            assertEquals("<14>Mar  5 07:08:09 supervisord: 2024-03-05 07:08:09,123 WARN second\n",
                    text(py.ask("recv")));
        }
    }

    @Test
    void syslogFallsBackToAStreamSocketWithATrailingNul() throws Exception {
        Path sock = dir.resolve("stream.sock");
        try (var py = new PythonOracle()) {
            py.ask("bind", PythonOracle.hex(sock.toString()), "stream");
            try (var child = ChildLog.open(null, 0, 0, "cat", sock, System.err)) {
                byte[] b = "hello\n".getBytes(StandardCharsets.UTF_8);
                child.write(b, 0, b.length);
                String got = text(py.ask("recv"));
                assertTrue(Pattern.matches("<14>\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d supervisord: cat hello\0", got),
                        got);
            }
        }
    }

    @Test
    void syslogWithoutASocketDropsQuietly() throws Exception {
        try (var log = MainLog.builder(Level.INFO).syslog(dir.resolve("absent.sock")).build()) {
            log.info("nobody listens");
            assertTrue(log.file().isEmpty());
        }
    }

    private static String text(String hex) {
        return new String(PythonOracle.unhex(hex), StandardCharsets.UTF_8);
    }
}
