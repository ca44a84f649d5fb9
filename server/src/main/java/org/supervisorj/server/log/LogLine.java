package org.supervisorj.server.log;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The activity-log line {@code YYYY-MM-DD HH:MM:SS,mmm LEVL message\n} (spec §5.1). */
final class LogLine {
    // Milliseconds are truncated, not rounded, as Python's '%03d' of a float does.
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

    private LogLine() {}

    static String asctime(Instant now, ZoneId zone) {
        return ASCTIME.format(now.atZone(zone));
    }

    static String format(String asctime, Level level, String message) {
        return asctime + ' ' + level.tag() + ' ' + message + '\n';
    }
}
