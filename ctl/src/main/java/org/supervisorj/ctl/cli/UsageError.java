package org.supervisorj.ctl.cli;

/** A bad command line or config file: supervisorctl prints "Error: <message>" and a hint, exit 2. */
public final class UsageError extends Exception {
    public UsageError(String message) {
        super(message);
    }
}
