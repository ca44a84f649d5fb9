package org.supervisorj.server.process.spawn;

/**
 * Nothing was started. {@link #spawnerr(String)} gives supervisor's text for the failed step.
 */
public final class SpawnException extends Exception {
    /** Where it failed: creating the pipes (supervisor's make_dispatchers) or creating the process (fork). */
    public enum Stage { PIPES, FORK }

    private static final int EMFILE = 24;
    private static final int EAGAIN = 11;

    private final Stage stage;
    private final int errno;

    SpawnException(Stage stage, int errno) {
        super(stage + " failed: " + Posix.errnoName(errno) + " (" + Posix.errnoDescription(errno) + ")", null, false, false);
        this.stage = stage;
        this.errno = errno;
    }

    public Stage stage() {
        return stage;
    }

    public int errno() {
        return errno;
    }

    /** supervisor's spawnerr for this failure of process {@code name}. */
    public String spawnerr(String name) {
        return switch (stage) {
            case PIPES -> errno == EMFILE ? "too many open files to spawn '" + name + "'"
                    : "unknown error making dispatchers for '" + name + "': " + Posix.errnoName(errno);
            case FORK -> errno == EAGAIN ? "Too many processes in process table to spawn '" + name + "'"
                    : "unknown error during fork for '" + name + "': " + Posix.errnoName(errno);
        };
    }
}
