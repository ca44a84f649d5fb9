package org.supervisorj.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The commands that stream or read stdin, run as separate processes (Python's and ours) so that Ctrl-C
 * (SIGINT) and end of input are real: {@code tail -f}, {@code maintail -f}, {@code fg} and the shell
 * reading from a pipe.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialStreamingTest {
    private ReferenceServer server;

    @BeforeAll
    void start() throws Exception {
        server = new ReferenceServer(DifferentialCommandsTest.PROGRAMS + """

                [program:talker]
                command=bash -c 'echo out-line; echo err-line >&2; exec sleep 1000'
                startsecs=0
                """).start();
        Clients.python(server, "start", "echoer");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    @Test
    void tailFollowStopsOnCtrlC() throws Exception {
        for (String[] args : new String[][] {{"tail", "-f", "talker"}, {"tail", "-f", "talker", "stderr"},
                {"maintail", "-f"}}) {
            String py = interrupted(Clients.pythonProcess(server.dir, Clients.argv(server, args)));
            String ours = interrupted(Clients.oursProcess(server.dir, Clients.argv(server, args)));
            assertEquals(py, ours, String.join(" ", args));
        }
    }

    @Test
    void tailFollowWithBadCredentialsReportsOnStderr() throws Exception {
        String[] args = {"-s", server.inetUrl(), "-u", "u", "-p", "bad", "tail", "-f", "talker"};
        // upcheck fails first with a 401: both stop before streaming.
        assertEquals(Clients.run(Clients.pythonProcess(server.dir, args), "").toString(),
                Clients.run(Clients.oursProcess(server.dir, args), "").toString());
    }

    @Test
    void fgForwardsStdinUntilEndOfInput() throws Exception {
        // fg first replays the log's tail; cleared before each run, both see only what they typed.
        Clients.python(server, "clear", "grp:cat");
        String py = foreground(Clients.pythonProcess(server.dir, Clients.argv(server, "fg", "grp:cat")), false);
        Clients.python(server, "clear", "grp:cat");
        String ours = foreground(Clients.oursProcess(server.dir, Clients.argv(server, "fg", "grp:cat")), true);
        assertEquals(py, ours);
        assertTrue(ours.contains("typed-line"), ours);
    }

    @Test
    void shellReadsCommandsFromAPipe() throws Exception {
        String input = "version\nbogus\nstatus nosuch\nhelp quit\nstart\n";
        Clients.Run py = Clients.run(Clients.pythonProcess(server.dir, Clients.argv(server)), input).normalized(server);
        Clients.Run ours = Clients.run(Clients.oursProcess(server.dir, Clients.argv(server)), input).normalized(server);
        assertEquals(py.toString(), ours.toString());
        Clients.Run quit = Clients.run(Clients.oursProcess(server.dir, Clients.argv(server, "-p", "x")), "quit\nversion\n");
        assertEquals(Clients.run(Clients.pythonProcess(server.dir, Clients.argv(server, "-p", "x")), "quit\nversion\n")
                .normalized(server).toString(), quit.normalized(server).toString());
    }

    @Test
    void interactiveShutdownAsksFirst() throws Exception {
        Clients.Run py = Clients.run(Clients.pythonProcess(server.dir, Clients.argv(server, "-i", "shutdown")), "n\n");
        Clients.Run ours = Clients.run(Clients.oursProcess(server.dir, Clients.argv(server, "-i", "shutdown")), "n\n");
        assertEquals(py.toString(), ours.toString());
    }

    /** Runs a streaming command until its output settles, sends SIGINT, returns "exit N\n" + output. */
    private static String interrupted(ProcessBuilder pb) throws Exception {
        // A build started in the background inherits SIGINT ignored, and Python then installs no
        // KeyboardInterrupt handler (nor the JVM its own): give both clients the default disposition.
        pb.command().addAll(0, List.of("env", "--default-signal=INT"));
        Process p = pb.redirectErrorStream(true).start();
        ByteArrayOutputStream out = collect(p.getInputStream());
        awaitQuiet(out, Duration.ofMillis(1500));
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "did not stop on SIGINT: " + pb.command());
        Thread.sleep(100);
        return "exit " + p.exitValue() + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Types a line into fg, waits for the process to echo it back, closes stdin and returns the output.
     *
     * <p>Supervisor quirk: not kept. Python's fg can linger for up to 30 s after "Exiting foreground" (its
     * non-daemon streaming thread waits out asyncore's select timeout); ours exits at once, which is
     * asserted with {@code mustExit}, while Python is stopped once it has printed everything.
     */
    private static String foreground(ProcessBuilder pb, boolean mustExit) throws Exception {
        Process p = pb.redirectErrorStream(true).start();
        ByteArrayOutputStream out = collect(p.getInputStream());
        awaitQuiet(out, Duration.ofMillis(1500));
        OutputStream in = p.getOutputStream();
        in.write("typed-line\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
        Instant deadline = Instant.now().plusSeconds(10);
        while (!out.toString(StandardCharsets.UTF_8).contains("typed-line") && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        in.close();
        if (mustExit) {
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "fg did not end at end of input: " + out);
            assertEquals(0, p.exitValue());
        } else {
            deadline = Instant.now().plusSeconds(10);
            while (!out.toString(StandardCharsets.UTF_8).contains("Exiting foreground") && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            p.destroy();
        }
        Thread.sleep(100);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayOutputStream collect(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                super.write(b, off, len);
            }
        };
        Thread.ofPlatform().daemon().start(() -> {
            try {
                in.transferTo(out);
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        return out;
    }

    /** Waits until something was written and then nothing more for {@code quiet}. */
    private static void awaitQuiet(ByteArrayOutputStream out, Duration quiet) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(15);
        int last = -1;
        Instant since = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            int size = out.size();
            if (size != last) {
                last = size;
                since = Instant.now();
            } else if (size > 0 && Duration.between(since, Instant.now()).compareTo(quiet) > 0) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
