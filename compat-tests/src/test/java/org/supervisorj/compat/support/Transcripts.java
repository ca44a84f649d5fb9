package org.supervisorj.compat.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.opentest4j.AssertionFailedError;

/**
 * Compares the reference's transcript with ours. Both are kept under target/compat/ for reading, and
 * a failure names the first differing lines rather than dumping two long strings.
 */
public final class Transcripts {
    private Transcripts() {
    }

    public static void assertSame(String name, String python, String java) {
        Path dir = ProjectPaths.root().resolve("compat-tests/target/compat");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + "-python.txt"), python);
            Files.writeString(dir.resolve(name + "-java.txt"), java);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (python.equals(java)) {
            return;
        }
        List<String> expected = python.lines().toList();
        List<String> actual = java.lines().toList();
        StringBuilder report = new StringBuilder(name + ": ours differs from Python Supervisor's (both in " + dir + ")\n");
        int shown = 0;
        for (int i = 0; i < Math.max(expected.size(), actual.size()) && shown < 15; i++) {
            String e = i < expected.size() ? expected.get(i) : "<missing>";
            String a = i < actual.size() ? actual.get(i) : "<missing>";
            if (!e.equals(a)) {
                report.append("line ").append(i + 1).append(":\n  python: ").append(e).append("\n  java:   ").append(a).append('\n');
                shown++;
            }
        }
        throw new AssertionFailedError(report.toString(), python, java);
    }
}
