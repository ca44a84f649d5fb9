package org.supervisorj.server.log;

/**
 * A log could not be read or cleared. {@link #reason()} names the Supervisor fault it stands for;
 * {@link #getMessage()} is the fault's detail text, if Supervisor gives one (for example the path).
 */
public final class LogAccessException extends Exception {
    /** Why; the names match Supervisor's fault names, except UNDECODABLE. */
    public enum Reason {
        /** No log file configured, or it does not exist. */
        NO_FILE,
        /** Offsets or lengths that Supervisor rejects (a negative offset with a length, a negative length). */
        BAD_ARGUMENTS,
        /** The file could not be opened, read, removed or reopened. */
        FAILED,
        /**
         * The bytes read are not valid UTF-8. Supervisor 4.2.5 then raises an uncaught
         * UnicodeDecodeError: HTTP 500 for a plain call, a FAILED fault inside system.multicall.
         */
        UNDECODABLE
    }

    private final Reason reason;

    public LogAccessException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
