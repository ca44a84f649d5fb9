package org.supervisorj.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
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
 * Runs the reference Python (with the supervisor package) as a client. Spawned through the project's
 * launcher, because ProcessBuilder would race the JVM-wide reaper. Fails loudly if Python is missing.
 */
final class PythonClient {
    static final String PYTHON = "/usr/bin/python3";
    private static final PosixLauncher LAUNCHER = new PosixLauncher(new PipePump());

    private PythonClient() {
    }

    record Result(WaitStatus status, String stdout, String stderr) {
        List<String> lines() {
            return stdout.lines().toList();
        }
    }

    /** Runs {@code script} with {@code args}, as {@code user} if given; cwd /tmp (the supervisor dir shadows stdlib). */
    static Result run(String script, Optional<SpawnRequest.User> user, String... args) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError(PYTHON + " (with the supervisor package) is required for this test");
        }
        Path file = Files.createTempFile("http-client", ".py",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try {
            Files.writeString(file, script);
            List<String> argv = new ArrayList<>(List.of("python3", file.toString()));
            argv.addAll(List.of(args));
            Collector out = new Collector();
            LAUNCHER.spawn(new SpawnRequest(new ResolvedCommand(PYTHON, argv),
                    Map.of("PATH", "/usr/bin:/bin", "PYTHONIOENCODING", "utf-8"), Optional.of("/tmp"), OptionalInt.empty(),
                    user, false), out);
            return out.await();
        } finally {
            Files.delete(file);
        }
    }

    private static final class Collector implements ChildListener {
        private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        private final CompletableFuture<Void> outEof = new CompletableFuture<>();
        private final CompletableFuture<Void> errEof = new CompletableFuture<>();
        private final CompletableFuture<WaitStatus> exit = new CompletableFuture<>();

        @Override
        public synchronized void onOutput(OutputChannel channel, byte[] data) {
            (channel == OutputChannel.STDOUT ? stdout : stderr).writeBytes(data);
        }

        @Override
        public void onEof(OutputChannel channel) {
            (channel == OutputChannel.STDOUT ? outEof : errEof).complete(null);
        }

        @Override
        public void onExit(WaitStatus status) {
            exit.complete(status);
        }

        Result await() throws Exception {
            // hang guards only, not timing assertions
            outEof.get(60, TimeUnit.SECONDS);
            errEof.get(60, TimeUnit.SECONDS);
            WaitStatus status = exit.get(60, TimeUnit.SECONDS);
            synchronized (this) {
                return new Result(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
