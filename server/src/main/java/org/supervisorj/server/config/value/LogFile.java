package org.supervisorj.server.config.value;

/** A log file setting: none, AUTO (a generated name in childlogdir), the deprecated "syslog", or a path. */
public sealed interface LogFile {
    LogFile NONE = new None();
    LogFile AUTO = new Auto();
    LogFile SYSLOG = new Syslog();

    record None() implements LogFile {
    }

    record Auto() implements LogFile {
    }

    record Syslog() implements LogFile {
    }

    /** A path after {@code ~} expansion; relative paths stay relative (opened against supervisord's CWD). */
    record Path(String path) implements LogFile {
    }

    /** Supervisor's logfile_name: none/off, auto, syslog (any case), else a path whose directory exists. */
    static LogFile parse(String value, PathContext context) throws InvalidValueException {
        return switch (org.supervisorj.server.config.ini.PyText.lower(value)) {
            case "none", "off" -> NONE;
            case "auto" -> AUTO;
            case "syslog" -> SYSLOG;
            default -> new Path(PyPaths.existingDirpath(value, context));
        };
    }
}
