package org.supervisorj.server.http.ui;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/**
 * The messages the status page shows after an action. The legacy ones are Supervisor 4.2.5's texts
 * (web.py), verbatim, because scripts follow the redirect and read {@code ?message=}.
 */
final class UiMessages {
    // Python's time.ctime(): "Wed Nov  5 09:03:32 2026" (the day is padded with a space).
    private static final DateTimeFormatter CTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private UiMessages() {
    }

    static String ctime(ZonedDateTime t) {
        return CTIME.format(t);
    }

    static String refreshed(ZonedDateTime t) {
        return "Page refreshed at " + ctime(t);
    }

    static String allStopped(ZonedDateTime t) {
        return "All stopped at " + ctime(t);
    }

    static String allRestarted(ZonedDateTime t) {
        return "All restarted at " + ctime(t);
    }

    static String allStarted(ZonedDateTime t) {
        return "All started at " + ctime(t);
    }

    static String noSuchProcess(String namespec) {
        return "No such process named " + namespec;
    }

    static String started(String namespec) {
        return "Process " + namespec + " started";
    }

    static String stopped(String namespec) {
        return "Process " + namespec + " stopped";
    }

    static String restarted(String namespec) {
        return "Process " + namespec + " restarted";
    }

    static String logCleared(String namespec) {
        return "Log for " + namespec + " cleared";
    }

    static String groupDone(String group, String verb) {
        return "Group " + group + " " + verb;
    }

    static String noSuchGroup(String group) {
        return "No such group named " + group;
    }

    /** A failed start: Supervisor names the common faults in words. */
    static String startFailed(String namespec, RpcFault f) {
        String why = switch (f.fault()) {
            case NO_FILE -> "no such file";
            case NOT_EXECUTABLE -> "file not executable";
            case ALREADY_STARTED -> "already started";
            case SPAWN_ERROR -> "spawn error";
            case ABNORMAL_TERMINATION -> "abnormal termination";
            default -> unexpected(f);
        };
        return "ERROR: Process " + namespec + ": " + why;
    }

    static String unexpected(RpcFault f) {
        return "unexpected rpc fault [" + f.code() + "] " + f.faultString();
    }

    static String tailNoFile(String namespec) {
        return "No file for " + namespec;
    }

    static String tailNoName() {
        return "No process name found";
    }

    static String tailFault(RpcFault f) {
        return "ERROR: " + unexpected(f);
    }

    static String groupFailed(String group, int failed, int total, String firstProblem) {
        return "ERROR: Group " + group + ": " + failed + " of " + total + " failed (" + firstProblem + ")";
    }

    static boolean isBadName(RpcFault f) {
        return f.fault() == Fault.BAD_NAME;
    }
}
