package org.supervisorj.ctl.client;

/** A serverurl that is neither unix:// nor http:// (Python raises ValueError when it first connects). */
public final class UnknownProtocolException extends Exception {
    public UnknownProtocolException(String message) {
        super(message);
    }
}
