package org.supervisorj.ctl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A supervisord for the differential tests, in a temp directory, with a unix socket (no auth) and an
 * inet port (user {@code u}, password {@code p}).
 *
 * <p>The server program is a parameter: system property {@code supervisorj.ctl.test.supervisord}
 * (default: the real Python {@code /usr/bin/supervisord}); it is run as {@code <program> -n -c <conf>}.
 * The default must exist: the tests fail, not skip, without Python's Supervisor.
 */
final class ReferenceServer implements AutoCloseable {
    static final String PYTHON_SUPERVISORD = "/usr/bin/supervisord";
    static final String PYTHON_SUPERVISORCTL = "/usr/bin/supervisorctl";

    final Path dir;
    final Path conf;
    final Path socket;
    final int port;
    private Process process;

    ReferenceServer(String programs) throws IOException {
        String server = serverCommand();
        assertTrue(Files.isExecutable(Path.of(server)), server + " is missing: install Python Supervisor 4.2.5 "
                + "(Debian package supervisor) to run the differential tests");
        assertTrue(Files.isExecutable(Path.of(PYTHON_SUPERVISORCTL)), PYTHON_SUPERVISORCTL + " is missing");
        dir = Files.createTempDirectory("ctltest");
        conf = dir.resolve("supervisord.conf");
        socket = dir.resolve("s.sock");
        port = freePort();
        writeConfig(programs);
    }

    static String serverCommand() {
        return System.getProperty("supervisorj.ctl.test.supervisord", PYTHON_SUPERVISORD);
    }

    void writeConfig(String programs) throws IOException {
        Files.writeString(conf, """
                [unix_http_server]
                file=%1$s/s.sock

                [inet_http_server]
                port=127.0.0.1:%2$d
                username=u
                password=p

                [supervisord]
                logfile=%1$s/supervisord.log
                pidfile=%1$s/supervisord.pid
                childlogdir=%1$s
                loglevel=info

                [rpcinterface:supervisor]
                supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

                [supervisorctl]
                serverurl=unix://%1$s/s.sock

                """.formatted(dir, port) + programs);
    }

    String unixUrl() {
        return "unix://" + socket;
    }

    String inetUrl() {
        return "http://127.0.0.1:" + port;
    }

    ReferenceServer start() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(serverCommand(), "-n", "-c", conf.toString()));
        process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("supervisord.out").toFile()).start();
        awaitUp();
        return this;
    }

    /** Waits until the server answers {@code version} (it also waits out a reload). */
    void awaitUp() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                fail("supervisord exited: " + Files.readString(dir.resolve("supervisord.out")));
            }
            if (Files.exists(socket) && Clients.python(this, "version").exit() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        fail("supervisord did not come up: " + Files.readString(dir.resolve("supervisord.out")));
    }

    /** Waits until the server process has exited (after shutdown). */
    void awaitExit() throws InterruptedException {
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), "supervisord did not exit");
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
