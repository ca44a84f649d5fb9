package org.supervisorj.server.config;

/** A configuration or command-line error; the message is exactly what Supervisor prints after "Error: ". */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
