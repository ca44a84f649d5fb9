package org.supervisorj.server.rpc;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.supervisorj.server.process.ProcessInfo;

/** The {@code description} text of getProcessInfo and of supervisorctl status (spec §7.1). */
final class ProcessDescription {
    private static final DateTimeFormatter STOP_TIME = DateTimeFormatter.ofPattern("MMM dd hh:mm a", Locale.ENGLISH);

    private ProcessDescription() {
    }

    static String of(ProcessInfo info) {
        return switch (info.state()) {
            case RUNNING -> "pid " + info.pid() + ", uptime " + uptime(info.now() - info.start());
            case FATAL, BACKOFF -> info.spawnerr().isEmpty()
                    ? "unknown error (try \"tail " + info.name() + "\")" : info.spawnerr();
            case STOPPED, EXITED -> info.start() == 0 ? "Not started" : STOP_TIME.format(
                    Instant.ofEpochSecond(info.stop()).atZone(ZoneId.systemDefault()));
            default -> "";
        };
    }

    /** Python's timedelta text: "0:01:02", "1 day, 2:03:04", "3 days, 0:00:01". */
    static String uptime(long seconds) {
        long s = Math.max(0, seconds);
        long days = s / 86400;
        long rest = s % 86400;
        String clock = rest / 3600 + ":" + twoDigits(rest % 3600 / 60) + ":" + twoDigits(rest % 60);
        if (days == 0) {
            return clock;
        }
        return days + (days == 1 ? " day, " : " days, ") + clock;
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }
}
