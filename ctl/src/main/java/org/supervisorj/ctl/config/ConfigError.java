package org.supervisorj.ctl.config;

/** A config file supervisorctl cannot use. */
public final class ConfigError extends Exception {
    /** Whether Python reports it through usage() (exit 2) or as an uncaught exception (exit 1). */
    public enum Kind { USAGE, PARSE }

    private final Kind kind;

    public ConfigError(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
