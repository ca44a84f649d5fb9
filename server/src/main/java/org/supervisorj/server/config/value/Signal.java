package org.supervisorj.server.config.value;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/**
 * The Linux (x86_64) signals Python's signal module names, with their number and the name Supervisor prints
 * for them (aliases resolve as CPython iterates them: 6 SIGABRT, 17 SIGCHLD, 29 SIGPOLL). {@link #ZERO} exists
 * because Supervisor accepts 0 as a stop signal (and SIG_DFL/SIG_BLOCK as names for it).
 */
public enum Signal {
    ZERO(0), SIGHUP(1), SIGINT(2), SIGQUIT(3), SIGILL(4), SIGTRAP(5), SIGABRT(6), SIGBUS(7), SIGFPE(8), SIGKILL(9),
    SIGUSR1(10), SIGSEGV(11), SIGUSR2(12), SIGPIPE(13), SIGALRM(14), SIGTERM(15), SIGSTKFLT(16), SIGCHLD(17),
    SIGCONT(18), SIGSTOP(19), SIGTSTP(20), SIGTTIN(21), SIGTTOU(22), SIGURG(23), SIGXCPU(24), SIGXFSZ(25),
    SIGVTALRM(26), SIGPROF(27), SIGWINCH(28), SIGPOLL(29), SIGPWR(30), SIGSYS(31), SIGRTMIN(34), SIGRTMAX(64);

    // Every upper-case attribute of Python's signal module that starts with "SIG", aliases included.
    private static final Map<String, Integer> PYTHON_NAMES = Map.ofEntries(
            Map.entry("SIGCLD", 17), Map.entry("SIGIOT", 6), Map.entry("SIGIO", 29),
            Map.entry("SIG_BLOCK", 0), Map.entry("SIG_DFL", 0), Map.entry("SIG_IGN", 1),
            Map.entry("SIG_SETMASK", 2), Map.entry("SIG_UNBLOCK", 1));

    private final int number;

    Signal(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** The name Supervisor prints ("terminated by SIGTERM"); "signal 0" for {@link #ZERO}. */
    public String pythonName() {
        return this == ZERO ? "signal 0" : name();
    }

    public static Optional<Signal> ofNumber(int number) {
        for (Signal s : values()) {
            if (s.number == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Supervisor's signame(): the canonical name, or "signal N" for a number without one. */
    public static String nameOf(int number) {
        return number == 0 ? "signal 0" : ofNumber(number).map(Signal::name).orElse("signal " + number);
    }

    /** Supervisor's signal_number(): a number, or a name with or without "SIG", any case, stripped. */
    public static Signal parse(String value) throws InvalidValueException {
        BigInteger asNumber = PyInt.tryParse(value);
        Optional<Signal> found;
        if (asNumber != null) {
            found = asNumber.bitLength() < 32 ? ofNumber(asNumber.intValue()) : Optional.empty();
        } else {
            String name = PyText.strip(value).toUpperCase(java.util.Locale.ROOT);
            if (!name.startsWith("SIG")) {
                name = "SIG" + name;
            }
            Integer number = byName(name);
            if (number == null) {
                throw new InvalidValueException("value " + PyRepr.of(value) + " is not a valid signal name");
            }
            found = ofNumber(number);
        }
        return found.orElseThrow(() -> new InvalidValueException(
                "value " + PyRepr.of(value) + " is not a valid signal number"));
    }

    private static Integer byName(String name) {
        Integer alias = PYTHON_NAMES.get(name);
        if (alias != null) {
            return alias;
        }
        for (Signal s : values()) {
            if (s != ZERO && s.name().equals(name)) {
                return s.number;
            }
        }
        return null;
    }
}
