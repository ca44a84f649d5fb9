package org.supervisorj.server.config.value;

import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's log levels: number, the tag written in log lines, and the name used in config files. */
public enum LogLevel {
    CRIT(50, "critical"), ERRO(40, "error"), WARN(30, "warn"), INFO(20, "info"), DEBG(10, "debug"),
    TRAC(5, "trace"), BLAT(3, "blather");

    private final int number;
    private final String configName;

    LogLevel(int number, String configName) {
        this.number = number;
        this.configName = configName;
    }

    public int number() {
        return number;
    }

    /** The tag in log lines: "CRIT", "INFO", ... */
    public String tag() {
        return name();
    }

    public String configName() {
        return configName;
    }

    public boolean isEnabledAt(LogLevel threshold) {
        return number >= threshold.number;
    }

    /** Supervisor's logging_level(): a config name, any case ("warning" is not one). */
    public static LogLevel parse(String s) throws InvalidValueException {
        String v = PyText.lower(s);
        for (LogLevel level : values()) {
            if (level.configName.equals(v)) {
                return level;
            }
        }
        // Deviation from 4.2.5: Python's getattr() lookup also "accepts" dunder names like __module__.
        throw new InvalidValueException("bad logging level name " + PyRepr.of(s));
    }
}
