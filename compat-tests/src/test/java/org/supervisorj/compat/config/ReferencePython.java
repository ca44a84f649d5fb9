package org.supervisorj.compat.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Runs config_reference.py under the real Python Supervisor 4.2.5 and splits its output per case. Fails
 * loudly when /usr/bin/python3 or the supervisor package is missing. Children are started through the
 * project's launcher: its reaper owns waitpid(-1) in this JVM, so ProcessBuilder must not be used.
 */
final class ReferencePython {
    static final String PYTHON = "/usr/bin/python3";
    private static final long GUARD_SECONDS = 120;
    private static final PosixLauncher LAUNCHER = new PosixLauncher(new PipePump());

    /** The environment both sides see (ENV_* names, HOME for ~). */
    static final Map<String, String> ENV = env();

    private static Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", "/root");
        env.put("LANG", "C.UTF-8");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.put("FOO", "foo-value");
        env.put("SPACEY", "a b");
        return env;
    }

    private ReferencePython() {
    }

    /** Runs the script in {@code cwd} with {@code args}; returns case name to its output lines. */
    static Map<String, List<String>> run(Path cwd, List<String> args) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError(PYTHON + " is required for the config differential tests");
        }
        Path script = Files.createTempFile("config_reference", ".py");
        try (InputStream in = ReferencePython.class.getResourceAsStream("/config_reference.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> argv = new ArrayList<>(List.of("python3", script.toString()));
        argv.addAll(args);
        Collector c = new Collector();
        try {
            LAUNCHER.spawn(new SpawnRequest(new ResolvedCommand(PYTHON, argv), ENV, Optional.of(cwd.toString()),
                    OptionalInt.empty(), Optional.empty(), false), c);
            c.stdoutEof.get(GUARD_SECONDS, TimeUnit.SECONDS);
            c.stderrEof.get(GUARD_SECONDS, TimeUnit.SECONDS);
            WaitStatus status = c.exit.get(GUARD_SECONDS, TimeUnit.SECONDS);
            String stderr = c.text(c.stderr);
            if (!status.exited() || status.exitCode() != 0) {
                throw new AssertionError("reference python failed (" + status.text() + "): " + stderr);
            }
            if (stderr.contains("No module named 'supervisor'")) {
                throw new AssertionError("the supervisor package is required: " + stderr);
            }
        } finally {
            Files.delete(script);
        }
        Map<String, List<String>> cases = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : c.text(c.stdout).split("\n", -1)) {
            if (line.startsWith("=== ")) {
                current = new ArrayList<>();
                cases.put(line.substring(4), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        return cases;
    }

    private static final class Collector implements ChildListener {
        final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        final CompletableFuture<Void> stdoutEof = new CompletableFuture<>();
        final CompletableFuture<Void> stderrEof = new CompletableFuture<>();
        final CompletableFuture<WaitStatus> exit = new CompletableFuture<>();

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

        synchronized String text(ByteArrayOutputStream s) throws IOException {
            return s.toString(StandardCharsets.UTF_8);
        }
    }
}
