package org.supervisorj.server.rpc.xml;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.supervisorj.server.process.spawn.ChildListener;
import org.supervisorj.server.process.spawn.OutputChannel;
import org.supervisorj.server.process.spawn.PipePump;
import org.supervisorj.server.process.spawn.PosixLauncher;
import org.supervisorj.server.process.spawn.ResolvedCommand;
import org.supervisorj.server.process.spawn.SpawnRequest;
import org.supervisorj.server.process.spawn.WaitStatus;

/**
 * Runs a Python script from the test resources once with the reference Python (which has the supervisor
 * package) and returns its stdout. Fails loudly when that Python is missing.
 *
 * <p>It spawns through the project's launcher, not ProcessBuilder: the server's child reaper, which
 * other tests in this JVM start, reaps every child of the JVM (see server/CONCURRENCY.md).
 */
final class ReferencePython {
    static final String PYTHON = "/usr/bin/python3";
    private static final long HANG_GUARD_SECONDS = 120;
    private static final PosixLauncher LAUNCHER = new PosixLauncher(new PipePump(1));

    private ReferencePython() {
    }

    static String run(String resource, Path input) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError(PYTHON + " (with the supervisor package) is required for this differential test");
        }
        Path script = Files.createTempFile("xmlrpc-reference", ".py");
        try {
            try (InputStream in = ReferencePython.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new AssertionError("missing test resource " + resource);
                }
                Files.write(script, in.readAllBytes());
            }
            Collector out = new Collector();
            // cwd /tmp: run from supervisor's package directory, its modules would shadow the stdlib's.
            LAUNCHER.spawn(new SpawnRequest(new ResolvedCommand(PYTHON, List.of("python3", script.toString(), input.toString())),
                    Map.of("PATH", "/usr/bin:/bin", "PYTHONIOENCODING", "utf-8"), Optional.of("/tmp"), OptionalInt.empty(),
                    Optional.empty(), false), out);
            WaitStatus status = out.await();
            if (!status.exited() || status.exitCode() != 0) {
                throw new AssertionError("python failed (" + status.text() + "): " + out.stderr());
            }
            return out.stdout();
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static final class Collector implements ChildListener {
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        private final CompletableFuture<Void> stdoutEof = new CompletableFuture<>();
        private final CompletableFuture<Void> stderrEof = new CompletableFuture<>();
        private final CompletableFuture<WaitStatus> exit = new CompletableFuture<>();

        @Override
        public synchronized void onOutput(OutputChannel channel, byte[] data) {
            (channel == OutputChannel.STDOUT ? stdout : stderr).writeBytes(data);
        }

        @Override
        public void onEof(OutputChannel channel) {
            (channel == OutputChannel.STDOUT ? stdoutEof : stderrEof).complete(null);
        }

        @Override
        public void onExit(WaitStatus status) {
            exit.complete(status);
        }

        /** The waits only guard against a hang; nothing is asserted about time. */
        WaitStatus await() throws Exception {
            stdoutEof.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            stderrEof.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            return exit.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
        }

        synchronized String stdout() {
            return stdout.toString(StandardCharsets.UTF_8);
        }

        synchronized String stderr() {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }
}
