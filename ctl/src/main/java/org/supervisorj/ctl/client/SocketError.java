package org.supervisorj.ctl.client;

import java.io.IOException;

/**
 * A failure to reach supervisord, classified by errno as Python's {@code socket.error} is: supervisorctl
 * prints "refused connection" for ECONNREFUSED and "no such file" for ENOENT, and a traceback line for
 * the rest.
 */
public final class SocketError extends IOException {
    /** The errnos supervisorctl tells apart, plus the Python exception class each one raises. */
    public enum Errno {
        ENOENT(2, "FileNotFoundError", "No such file or directory"),
        EACCES(13, "PermissionError", "Permission denied"),
        ECONNREFUSED(111, "ConnectionRefusedError", "Connection refused"),
        ECONNRESET(104, "ConnectionResetError", "Connection reset by peer"),
        ENOTSOCK(88, "OSError", "Socket operation on non-socket"),
        OTHER(0, "OSError", null);

        final int number;
        final String pythonClass;
        final String strerror;

        Errno(int number, String pythonClass, String strerror) {
            this.number = number;
            this.pythonClass = pythonClass;
            this.strerror = strerror;
        }
    }

    private final Errno errno;
    private final boolean unix;

    public SocketError(Errno errno, String message, boolean unix, Throwable cause) {
        super(message, cause);
        this.errno = errno;
        this.unix = unix;
    }

    public Errno errno() {
        return errno;
    }

    /** True when the failed endpoint was a unix socket (Python fails in a different source file then). */
    public boolean unix() {
        return unix;
    }

    /** The Python exception class name, e.g. {@code ConnectionRefusedError}. */
    public String pythonClass() {
        return errno.pythonClass;
    }

    /** {@code str(e)} in Python: {@code [Errno 111] Connection refused}. */
    public String pythonMessage() {
        if (errno == Errno.OTHER) {
            return String.valueOf(getMessage());
        }
        return "[Errno " + errno.number + "] " + errno.strerror;
    }

    /** Classifies a JDK I/O failure by its message, which the JDK takes from strerror(). */
    static SocketError of(IOException e, boolean unix) {
        if (e instanceof SocketError s) {
            return s;
        }
        String m = String.valueOf(e.getMessage());
        Errno errno = Errno.OTHER;
        for (Errno candidate : Errno.values()) {
            if (candidate.strerror != null && m.contains(candidate.strerror)) {
                errno = candidate;
                break;
            }
        }
        if (errno == Errno.OTHER && e instanceof java.net.ConnectException) {
            errno = Errno.ECONNREFUSED;
        }
        return new SocketError(errno, m, unix, e);
    }
}
