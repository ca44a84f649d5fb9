package org.supervisorj.server.process.spawn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.supervisorj.server.text.PyRepr;

/**
 * Turns a program's {@code command=} into a file to execute, with supervisor's checks and texts
 * (spec §4.3). Runs in the parent before anything is spawned.
 */
public final class CommandResolver {
    private static final List<String> DEFAULT_PATH = List.of("/bin", "/usr/bin", "/usr/local/bin");
    private static final Set<PosixFilePermission> EXECUTE_BITS = Set.of(PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    private final Optional<String> daemonPath;

    /** @param daemonPath supervisord's own $PATH (used when the program's environment has no PATH) */
    public CommandResolver(Optional<String> daemonPath) {
        this.daemonPath = daemonPath;
    }

    /** A resolver using this JVM's $PATH. */
    public static CommandResolver ofSystemPath() {
        return new CommandResolver(Optional.ofNullable(System.getenv("PATH")));
    }

    /**
     * @param command         the configured command line
     * @param environmentPath PATH from the program's merged environment ([supervisord] environment overlaid
     *                        by the program's), if it sets one
     */
    public ResolvedCommand resolve(String command, Optional<String> environmentPath) throws CommandException {
        List<String> argv;
        try {
            argv = Shlex.split(command);
        } catch (Shlex.SplitException e) {
            throw new CommandException(CommandException.Kind.BAD_COMMAND,
                    "can't parse command " + PyRepr.of(command) + ": " + e.getMessage());
        }
        if (argv.isEmpty()) {
            throw new CommandException(CommandException.Kind.BAD_COMMAND, "command is empty");
        }
        String program = argv.getFirst();
        String filename = program;
        PosixFileAttributes found = null;
        if (program.contains("/")) {
            // Supervisor quirk (spec §4.3): a relative path is checked against our cwd but executed after the child's chdir.
            found = stat(program);
        } else {
            for (String dir : searchPath(environmentPath)) {
                String candidate = join(dir, program);
                found = stat(candidate);
                if (found != null) {
                    // Supervisor quirk (spec §4.3): the first entry that exists wins, even a directory or a non-executable.
                    filename = candidate;
                    break;
                }
            }
        }
        check(filename, found);
        return new ResolvedCommand(filename, argv);
    }

    private List<String> searchPath(Optional<String> environmentPath) {
        if (environmentPath.isPresent()) {
            return List.of(environmentPath.get().split(":", -1));
        }
        if (daemonPath.isPresent() && !daemonPath.get().isEmpty()) {
            return List.of(daemonPath.get().split(":", -1));
        }
        return DEFAULT_PATH;
    }

    /** os.path.join(dir, name) for a name without '/'. */
    private static String join(String dir, String name) {
        return dir.isEmpty() || dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    private static PosixFileAttributes stat(String filename) {
        try {
            return Files.readAttributes(Path.of(filename), PosixFileAttributes.class);
        } catch (IOException | InvalidPathException e) {
            // Deviation from 4.2.5: a NUL byte in the command makes Python raise ValueError (a crash of the
            // spawn); we report it as not found.
            return null;
        }
    }

    private static void check(String filename, PosixFileAttributes st) throws CommandException {
        String quoted = PyRepr.of(filename);
        if (st == null) {
            throw new CommandException(CommandException.Kind.NOT_FOUND, "can't find command " + quoted);
        }
        if (st.isDirectory()) {
            throw new CommandException(CommandException.Kind.NOT_EXECUTABLE, "command at " + quoted + " is a directory");
        }
        if (st.permissions().stream().noneMatch(EXECUTE_BITS::contains)) {
            throw new CommandException(CommandException.Kind.NOT_EXECUTABLE, "command at " + quoted + " is not executable");
        }
        if (!Files.isExecutable(Path.of(filename))) { // access(X_OK), as os.access
            throw new CommandException(CommandException.Kind.NO_PERMISSION, "no permission to run command " + quoted);
        }
    }
}
