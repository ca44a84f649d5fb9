package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputChannelTest {
    // 2024-01-02 03:04:05,678 UTC, the oracle's fixed asctime
    private static final Instant T = Instant.parse("2024-01-02T03:04:05.678900Z");

    @TempDir
    Path dir;

    /** Everything a channel produced: log file bytes, events, activity-log text. */
    record Outcome(String file, String events, String mainLog) {}

    @Test
    void captureHoldsUpToTwentyFourBytesAndLosesThemAtEof() throws Exception {
        var o = run(settings(100, false, false), "after\n");
        assertEquals(new Outcome("", "", ""), o);
        // 25 bytes are enough to be looked at
        assertEquals("0123456789012345678901234", run(settings(100, false, false),
                "0123456789012345678901234").file());
    }

    @Test
    void capturedTextBecomesACommunicationAndTheRestIsLogged() throws Exception {
        var o = run(settings(100, false, true),
                "before\n<!--XSUPERVISOR:BEGIN-->hello<!--XSUPERVISOR:END-->after and enough bytes to log\n");
        assertEquals("before\nafter and enough bytes to log\n", o.file());
        assertEquals("logged:stdout:before\n|logged:stdout:hello|comm:stdout:hello"
                + "|logged:stdout:after and enough bytes to log\n", o.events());
    }

    @Test
    void tokensSplitAcrossChunksAreFound() throws Exception {
        var o = run(settings(100, false, false), "xxxxxxxxxxxxxxxxxxxxxxxxx<!--XSUPER", "VISOR:BEGIN-->secret<!--XS",
                "UPERVISOR:END-->yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy");
        assertEquals("xxxxxxxxxxxxxxxxxxxxxxxxxyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy", o.file());
        assertEquals("comm:stdout:secret", o.events());
    }

    @Test
    void captureBufferDropsAChunksLengthFromTheFrontOnOverflow() {
        var b = new CaptureBuffer(10);
        b.append(bytes("12345678"));
        b.append(bytes("abc"));   // 11 > 10: drop 3 from the front
        assertEquals("45678abc", new String(b.contents(), StandardCharsets.US_ASCII));
        b.append(bytes("0123456789ABCDEF")); // longer than everything: all dropped, chunk kept whole
        assertEquals("0123456789ABCDEF", new String(b.contents(), StandardCharsets.US_ASCII));
    }

    @Test
    void withoutCaptureEveryByteReachesTheFileAsGiven() throws Exception {
        var o = run(settings(0, false, false), "a", "\u001b[31mred", "\n");
        assertEquals("a\u001b[31mred\n", o.file());
        assertEquals("ared\n", run(settings(0, true, false), "a", "\u001b[31mred", "\n").file());
    }

    @Test
    void debugEchoDecodesUtf8OrShowsBytesRepr() throws Exception {
        var main = new ByteArrayOutputStream();
        var log = MainLog.builder(Level.DEBG).clock(InstantSource.fixed(T), ZoneOffset.UTC).stream(main).build();
        var ch = new OutputChannel(settings(0, false, false), null, log, OutputListener.NONE);
        ch.accept(bytes("héllo\n"));
        ch.accept(new byte[] {'o', 'k', (byte) 0xff});
        assertEquals("2024-01-02 03:04:05,678 DEBG 'cat' stdout output:\nhéllo\n\n"
                + "2024-01-02 03:04:05,678 DEBG 'cat' stdout output:\nUndecodable: b'ok\\xff'\n",
                main.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eventListenerStdoutIsEchoedAsBytesReprAndNeverCaptured() throws Exception {
        var main = new ByteArrayOutputStream();
        var log = MainLog.builder(Level.DEBG).clock(InstantSource.fixed(T), ZoneOffset.UTC).stream(main).build();
        Path file = dir.resolve("listener.log");
        try (var child = ChildLog.open(file, 0, 0, null)) {
            var ch = OutputChannel.forEventListenerStdout("lst", true, child, log);
            ch.accept(bytes("READY\n\u001b[1m<!--XSUPERVISOR:BEGIN-->"));
        }
        assertEquals("2024-01-02 03:04:05,678 DEBG 'lst' stdout output:\nb'READY\\n\\x1b[1m<!--XSUPERVISOR:BEGIN-->'\n",
                main.toString(StandardCharsets.UTF_8));
        assertEquals("READY\n<!--XSUPERVISOR:BEGIN-->", Files.readString(file));
    }

    @Test
    void matchesSupervisorsDispatcherOnRandomChunkSequences() throws Exception {
        var random = new Random(99);
        String[] pieces = {"<!--XSUPERVISOR:BEGIN-->", "<!--XSUPERVISOR:END-->", "<!--XSUP", "ERVISOR:", "END-->",
                "BEGIN-->", "<!--", "line\n", "\u001b[32m", "\u001b[", "0m", "é", "hello world ", "x"};
        int withCommunication = 0;
        try (var py = new PythonOracle()) {
            for (int i = 0; i < 250; i++) {
                long cap = new long[] {0, 3, 10, 30, 200}[random.nextInt(5)];
                var s = new OutputChannel.Settings(i % 7 == 0 ? "it's" : "cat",
                        random.nextBoolean() ? Channel.STDOUT : Channel.STDERR, random.nextBoolean(), cap,
                        random.nextBoolean());
                Level level = random.nextBoolean() ? Level.DEBG : Level.INFO;
                boolean withFile = random.nextInt(5) != 0;
                List<byte[]> chunks = new ArrayList<>();
                int n = 1 + random.nextInt(8);
                for (int c = 0; c < n; c++) {
                    var b = new ByteArrayOutputStream();
                    int k = 1 + random.nextInt(6);
                    for (int j = 0; j < k; j++) {
                        b.writeBytes(bytes(pieces[random.nextInt(pieces.length)]));
                    }
                    if (random.nextInt(10) == 0) {
                        b.write(0xfe);
                    }
                    chunks.add(b.toByteArray());
                }
                Path pyFile = dir.resolve("py" + i + ".log");
                Path javaFile = dir.resolve("java" + i + ".log");
                String answer = py.ask("chan", PythonOracle.hex(s.processName()), s.stripAnsi() ? "1" : "0",
                        "" + cap, s.eventsEnabled() ? "1" : "0", "" + level.number(), s.channel().text(),
                        withFile ? PythonOracle.hex(pyFile.toString()) : "-",
                        String.join(",", chunks.stream().map(PythonOracle::hex).toList()));
                String[] parts = answer.split(" ");
                var expected = new Outcome(withFile ? hexOf(pyFile) : "-", parts[0], parts[1]);
                if (new String(PythonOracle.unhex(parts[0]), StandardCharsets.UTF_8).contains("comm:")) {
                    withCommunication++;
                }
                var actual = runHex(s, level, withFile ? javaFile : null, chunks);
                assertEquals(expected, actual, "case " + i + ": " + s + " " + level + " chunks "
                        + chunks.stream().map(PythonOracle::hex).toList());
            }
        }
        assertTrue(withCommunication > 20, "too few capture cases: " + withCommunication);
    }

    private Outcome run(OutputChannel.Settings s, String... chunks) throws Exception {
        Path file = dir.resolve("out-" + System.nanoTime() + ".log");
        var o = runHex(s, Level.INFO, file, List.of(chunks).stream().map(OutputChannelTest::bytes).toList());
        return new Outcome(text(o.file()), text(o.events()), text(o.mainLog()));
    }

    /** Runs a channel; every field hex-encoded the way the oracle answers. */
    private static Outcome runHex(OutputChannel.Settings s, Level level, Path file, List<byte[]> chunks)
            throws Exception {
        var main = new ByteArrayOutputStream();
        var events = new ArrayList<String>();
        var listener = new OutputListener() {
            @Override
            public void logged(Channel channel, byte[] data) {
                events.add("logged:" + channel.text() + ":" + PythonOracle.hex(data));
            }

            @Override
            public void communicated(Channel channel, byte[] data) {
                events.add("comm:" + channel.text() + ":" + PythonOracle.hex(data));
            }
        };
        try (var log = MainLog.builder(level).clock(InstantSource.fixed(T), ZoneOffset.UTC).stream(main).build();
             var child = file == null ? null : ChildLog.open(file, 0, 0, null)) {
            var ch = new OutputChannel(s, child, log, listener);
            for (byte[] c : chunks) {
                ch.accept(c);
            }
        }
        return new Outcome(file == null ? "-" : hexOf(file), PythonOracle.hex(String.join("|", events)),
                PythonOracle.hex(main.toByteArray()));
    }

    private static String hexOf(Path p) throws Exception {
        return PythonOracle.hex(Files.readAllBytes(p));
    }

    /** Decodes the hex fields of an Outcome, with the event data inside decoded too. */
    private static String text(String hex) {
        String s = new String(PythonOracle.unhex(hex), StandardCharsets.UTF_8);
        var out = new ArrayList<String>();
        for (String ev : s.isEmpty() ? new String[0] : s.split("\\|")) {
            String[] f = ev.split(":");
            out.add(f.length == 3 && (f[0].equals("logged") || f[0].equals("comm"))
                    ? f[0] + ":" + f[1] + ":" + new String(PythonOracle.unhex(f[2]), StandardCharsets.UTF_8) : ev);
        }
        return String.join("|", out);
    }

    private static OutputChannel.Settings settings(long cap, boolean strip, boolean events) {
        return new OutputChannel.Settings("cat", Channel.STDOUT, strip, cap, events);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
