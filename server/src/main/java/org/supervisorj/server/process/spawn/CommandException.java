package org.supervisorj.server.process.spawn;

/**
 * A command that cannot be started; {@link #getMessage()} is supervisor's spawnerr text verbatim.
 * {@link Kind} tells the engine which supervisor exception it corresponds to (NotFound, NotExecutable,
 * NoPermission, BadCommand), which decides the RPC fault of a manual start.
 */
public final class CommandException extends Exception {
    /** supervisor's ProcessException subclasses. */
    public enum Kind { BAD_COMMAND, NOT_FOUND, NOT_EXECUTABLE, NO_PERMISSION }

    private final Kind kind;

    CommandException(Kind kind, String spawnerr) {
        super(spawnerr, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
