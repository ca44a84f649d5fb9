package org.supervisorj.server.process.spawn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the reference Python (with supervisor installed) once on a script. Fails loudly when it is
 * missing. Runs in /tmp: supervisor's package directory would shadow stdlib modules.
 *
 * <p>This spawns python through our own launcher: ProcessBuilder is banned in this JVM because the
 * reaper's waitpid(-1) would steal its exit.
 */
final class Python {
    static final String PYTHON = "/usr/bin/python3";

    private Python() {
    }

    /** Runs {@code script} with {@code input} as a file path argument; returns stdout lines. */
    static List<String> run(String script, String input) throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            throw new AssertionError(PYTHON + " is required for this differential test");
        }
        Path in = Files.createTempFile("diff-in", ".txt");
        Path code = Files.createTempFile("diff", ".py");
        try {
            Files.writeString(in, input);
            Files.writeString(code, script);
            Recorder rec = new Recorder();
            TestOs.LAUNCHER.spawn(TestOs.with(TestOs.request(PYTHON, "python3", code.toString(), in.toString()),
                    java.util.Map.of("PATH", "/usr/bin:/bin", "PYTHONIOENCODING", "utf-8"), java.util.Optional.of("/tmp"),
                    java.util.OptionalInt.empty(), java.util.Optional.empty(), false), rec);
            WaitStatus status = rec.awaitAll(false);
            if (status.exitCode() != 0) {
                throw new AssertionError("python failed (" + status.text() + "): " + rec.stderr());
            }
            return rec.stdout().lines().toList();
        } finally {
            Files.delete(in);
            Files.delete(code);
        }
    }

    static String hex(String s) {
        return java.util.HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    static String unhex(String h) {
        return new String(java.util.HexFormat.of().parseHex(h), StandardCharsets.UTF_8);
    }
}
