package org.supervisorj.server.http;

/**
 * An HTTP server could not be opened. The message is Supervisor's text, printed as
 * {@code Error: <message>} before exiting with status 2.
 */
public final class HttpServerException extends Exception {
    private static final long serialVersionUID = 1L;

    public HttpServerException(String message) {
        super(message);
    }

    HttpServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
