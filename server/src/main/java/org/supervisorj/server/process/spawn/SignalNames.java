package org.supervisorj.server.process.spawn;

/**
 * Signal number to the name Python's supervisor prints (options.signame on Linux x86_64).
 * Aliases resolve as CPython's signal module iterates them: 6 is SIGABRT (not SIGIOT), 17 SIGCHLD
 * (not SIGCLD), 29 SIGPOLL (not SIGIO). Only SIGRTMIN (34) and SIGRTMAX (64) of the real-time range
 * have names; every other number prints as "signal N".
 *
 * <p>Note: the config side keeps its own signal table for stopsignal parsing; the two overlap on purpose
 * for now so that this package depends on nothing else in the project.
 */
public final class SignalNames {
    private static final String[] NAMES = {
        null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
        "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
        "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU",
        "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGPOLL", "SIGPWR", "SIGSYS",
    };

    private SignalNames() {
    }

    /** "SIGTERM" for 15, "signal 33" for a number without a name. */
    public static String name(int signal) {
        if (signal > 0 && signal < NAMES.length) {
            return NAMES[signal];
        }
        return switch (signal) {
            case 34 -> "SIGRTMIN";
            case 64 -> "SIGRTMAX";
            default -> "signal " + signal;
        };
    }
}
