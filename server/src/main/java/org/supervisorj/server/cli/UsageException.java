package org.supervisorj.server.cli;

/**
 * A command-line error. Print as {@code Error: <message>} then {@code For help, use <argv0> -h}, exit 2,
 * exactly like a config error.
 */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
