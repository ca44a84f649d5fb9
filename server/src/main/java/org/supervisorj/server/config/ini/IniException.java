package org.supervisorj.server.config.ini;

/** A parse or expansion failure; the message is the exact text Supervisor prints after "Error: ". */
public final class IniException extends Exception {
    public IniException(String message) {
        super(message, null, false, false);
    }
}
