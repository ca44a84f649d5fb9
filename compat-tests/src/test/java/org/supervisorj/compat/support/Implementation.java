package org.supervisorj.compat.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A supervisord to run scenarios against: the reference (Debian's Python Supervisor 4.2.5) or ours.
 * Both are started the same way, {@code <command> -n -c <config>}, and driven through the same clients.
 */
public record Implementation(String name, List<String> command) {

    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path PYTHON_SUPERVISORD = Path.of("/usr/bin/supervisord");
    public static final Path PYTHON_SUPERVISORCTL = Path.of("/usr/bin/supervisorctl");

    /** Debian's Python Supervisor. Fails the test (never skips) when it is not installed. */
    public static Implementation python() {
        requireReference();
        return new Implementation("python", List.of(PYTHON_SUPERVISORD.toString()));
    }

    /** Ours, through the launcher script a user runs. */
    public static Implementation ours() {
        Path launcher = ProjectPaths.root().resolve("scripts/supervisord");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("launcher missing: " + launcher);
        }
        return new Implementation("java", List.of(launcher.toString()));
    }

    public static List<Implementation> both() {
        return List.of(python(), ours());
    }

    /** The compatibility suites compare against the real program; without it they must fail loudly. */
    public static void requireReference() {
        for (Path p : List.of(PYTHON, PYTHON_SUPERVISORD, PYTHON_SUPERVISORCTL)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException("The Python reference is missing: " + p
                        + " (install Debian's supervisor package: apt-get install -y supervisor)");
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
