package org.supervisorj.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every supervisorctl command, including its errors, run through Python's supervisorctl and ours
 * against the same supervisord: stdout, stderr and exit status must be equal (after pids, uptimes,
 * dates and the temp path are normalised).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialCommandsTest {
    static final String PROGRAMS = """
            [program:sleeper]
            command=sleep 1000
            startsecs=0
            priority=10

            [program:echoer]
            command=bash -c 'echo hello; echo err >&2; sleep 1000'
            autostart=false
            startsecs=0
            priority=20

            [program:cat]
            command=cat
            startsecs=0

            [program:nofile]
            command=/nonexistent/program
            autostart=false

            [program:failing]
            command=false
            autostart=false
            startsecs=1
            startretries=0

            [group:grp]
            programs=cat
            priority=30
            """;

    private ReferenceServer server;

    @BeforeAll
    void start() throws Exception {
        server = new ReferenceServer(PROGRAMS).start();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    /** Commands that leave the server as they found it. */
    static final List<String> READ_ONLY = List.of(
            "status", "status sleeper", "status nosuch", "status grp:", "status grp:*", "status nosuch:",
            "status all", "status grp:cat sleeper nosuch", "status sleeper extra:x",
            "pid", "pid all", "pid echoer", "pid nosuch", "pid sleeper grp:cat",
            "start", "start nosuch", "start nosuch:", "start sleeper", "start grp:", "start nofile",
            "stop", "stop nosuch", "stop grp:nosuch", "stop echoer", "stop nosuch:",
            "restart", "signal", "signal HUP", "signal BAD sleeper", "signal HUP nosuch", "signal HUP nosuch:",
            "signal HUP echoer", "clear", "clear nosuch",
            "version", "version x", "avail", "avail x", "reread", "reread x", "update", "update nosuch",
            "add nosuch", "add grp", "add", "remove sleeper", "remove nosuch", "remove",
            "tail", "tail nosuch", "tail -x sleeper", "tail a b c d", "tail sleeper foo", "tail -f", "tail -1x sleeper",
            "tail sleeper", "tail -5 sleeper stderr", "tail -f sleeper x y z",
            "maintail a b", "maintail -x", "maintail x",
            "fg", "fg nosuch", "fg echoer x", "fg echoer", "fg grp:",
            "open", "open foo://x", "open http://127.0.0.1:1",
            "shutdown x", "reload x",
            "bogus", "!ls", "?", "?status", "status:", "EOF", "quit", "exit", "",
            "help", "help help", "help EOF", "help nosuch", "help status extra",
            "help add", "help avail", "help clear", "help exit", "help fg", "help maintail", "help open", "help pid",
            "help quit", "help reload", "help remove", "help reread", "help restart", "help shutdown", "help signal",
            "help start", "help status", "help stop", "help tail", "help update", "help version");

    @TestFactory
    Stream<DynamicTest> readOnlyCommandsMatchPython() {
        return READ_ONLY.stream().map(c -> DynamicTest.dynamicTest(c.isEmpty() ? "(empty)" : c,
                () -> assertSame(words(c))));
    }

    @TestFactory
    Stream<DynamicTest> connectionAndAuthErrorsMatchPython() {
        String missing = "unix://" + server.dir.resolve("missing.sock");
        String refused = "http://127.0.0.1:1";
        List<String[]> cases = List.of(
                new String[] {"-s", missing, "status"}, new String[] {"-s", missing, "version"},
                new String[] {"-s", missing, "avail"}, new String[] {"-s", missing, "shutdown"},
                new String[] {"-s", missing, "pid"}, new String[] {"-s", missing, "tail", "x"},
                new String[] {"-s", refused, "status"}, new String[] {"-s", refused, "reread"},
                new String[] {"-s", refused, "shutdown"}, new String[] {"-s", refused, "start", "all"},
                new String[] {"-s", server.inetUrl(), "status"},
                new String[] {"-s", server.inetUrl(), "-u", "u", "-p", "bad", "status"},
                new String[] {"-s", server.inetUrl(), "avail"},
                new String[] {"-s", server.inetUrl(), "-u", "u", "-p", "p", "status", "sleeper"},
                new String[] {"--serverurl=" + server.inetUrl(), "--user=u", "--pass", "p", "version"},
                new String[] {"-s", "https://example.invalid", "status"},
                new String[] {"-s", "foo", "status"}, new String[] {"-x"}, new String[] {"--h"},
                new String[] {"-c", "/nonexistent.conf", "status"}, new String[] {"-s", "a:b", "-s", "c:d"},
                new String[] {"-h"}, new String[] {"--help"}, new String[] {"-s"});
        return cases.stream().map(a -> DynamicTest.dynamicTest(String.join(" ", a), () -> assertSameRaw(a)));
    }

    @Test
    void serverUrlFromConfigFileWithHereAndCredentials() throws Exception {
        java.nio.file.Path conf = server.dir.resolve("ctl.conf");
        java.nio.file.Files.writeString(conf, """
                [supervisorctl]
                serverurl=http://127.0.0.1:%d
                username=%%(ENV_HOME)s
                password=p
                prompt=mine
                history_file=%%(here)s/history
                """.formatted(server.port));
        // The username expands to $HOME, which the server refuses: both must say so.
        assertSameRaw("-c", conf.toString(), "version");
        java.nio.file.Files.writeString(conf, "[supervisord]\n");
        assertSameRaw("-c", conf.toString(), "version");
        java.nio.file.Files.writeString(conf, "[supervisorctl]\nserverurl=unix://%(here)s/s.sock\n");
        assertSameRaw("-c", conf.toString(), "status", "sleeper");
    }

    private void assertSame(String... args) throws Exception {
        Clients.Run py = Clients.python(server, args).normalized(server);
        Clients.Run ours = Clients.ours(server, args).normalized(server);
        assertEquals(py.toString(), ours.toString(), "supervisorctl " + String.join(" ", args));
    }

    private void assertSameRaw(String... args) throws Exception {
        Clients.Run py = Clients.pythonRaw(server.dir, "", args).normalized(server);
        Clients.Run ours = Clients.oursRaw(args).normalized(server);
        assertEquals(py.toString(), ours.toString(), "supervisorctl " + String.join(" ", args));
    }

    private static String[] words(String line) {
        List<String> w = new ArrayList<>();
        for (String s : line.split(" ")) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        // An empty command line is not the same as no arguments (that starts the shell).
        return w.isEmpty() ? new String[] {""} : w.toArray(String[]::new);
    }
}
