package org.supervisorj.server.config.value;

/** A value Supervisor would reject; the message is its exact ValueError text. */
public final class InvalidValueException extends Exception {
    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}
