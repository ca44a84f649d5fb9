package org.supervisorj.compat.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A supervisord to run scenarios against: the reference (Debian's Python Supervisor 4.2.5) or ours.
 * Both are started the same way, {@code <command> -n -c <config>}, and driven through the same clients.
 * The reference runs where -Dcompat.reference says (this machine or a container, docs/compat-tests.md);
 * ours always runs on this machine.
 */
public record Implementation(String name, List<String> command, boolean isReference) {

    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path PYTHON_SUPERVISORD = Path.of("/usr/bin/supervisord");
    public static final Path PYTHON_SUPERVISORCTL = Path.of("/usr/bin/supervisorctl");

    /**
     * Debian's Python Supervisor, here or in a container. Fails the test (never skips) when the chosen
     * host cannot provide it. The same path names the program in both hosts.
     */
    public static Implementation python() {
        requireReference();
        return new Implementation("python", List.of(PYTHON_SUPERVISORD.toString()), true);
    }

    /** Ours, through the launcher script a user runs. */
    public static Implementation ours() {
        Path launcher = ProjectPaths.root().resolve("scripts/supervisord");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("launcher missing: " + launcher);
        }
        return new Implementation("java", List.of(launcher.toString()), false);
    }

    public static List<Implementation> both() {
        return List.of(python(), ours());
    }

    /** The compatibility suites compare against the real program; without it they must fail loudly. */
    public static void requireReference() {
        ReferenceHost.selected();
    }

    @Override
    public String toString() {
        return name;
    }
}
