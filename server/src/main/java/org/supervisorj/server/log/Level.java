package org.supervisorj.server.log;

/**
 * Supervisor's log levels, as written in the activity log. {@link #number()} orders them; a record is
 * written when its number is at least the configured level's.
 */
public enum Level {
    CRIT(50), ERRO(40), WARN(30), INFO(20), DEBG(10), TRAC(5), BLAT(3);

    private final int number;

    Level(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The four-letter tag of a log line, e.g. {@code DEBG}. */
    public String tag() {
        return name();
    }

    /** True if a record at {@code record} passes a threshold of {@code this}. */
    public boolean admits(Level record) {
        return record.number >= number;
    }
}
