package org.supervisorj.ctl.command;

import java.util.Map;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

/** The one-line reports of start, stop, signal and clear results ({@code name: ERROR (why)}). */
final class Results {
    private Results() {
    }

    /** A result struct for a single-name call that failed, as Python builds it from the fault. */
    static Map<String, Object> fromFault(int code, String faultString, String group, String process) {
        return Map.of("status", code, "group", group, "name", process == null ? "None" : process,
                "description", faultString);
    }

    static String start(Map<String, Object> r) {
        String name = name(r);
        int code = Values.integer(r, "status");
        String why;
        if (code == Fault.BAD_NAME.code()) {
            why = "no such process";
        } else if (code == Fault.NO_FILE.code()) {
            why = "no such file";
        } else if (code == Fault.NOT_EXECUTABLE.code()) {
            why = "file is not executable";
        } else if (code == Fault.ALREADY_STARTED.code()) {
            why = "already started";
        } else if (code == Fault.SPAWN_ERROR.code()) {
            why = "spawn error";
        } else if (code == Fault.ABNORMAL_TERMINATION.code()) {
            why = "abnormal termination";
        } else if (code == Fault.SUCCESS.code()) {
            return name + ": started";
        } else {
            throw unknown(code, name);
        }
        return name + ": ERROR (" + why + ")";
    }

    static String signal(Map<String, Object> r, String success) {
        String name = name(r);
        int code = Values.integer(r, "status");
        if (code == Fault.BAD_NAME.code()) {
            return name + ": ERROR (no such process)";
        } else if (code == Fault.BAD_SIGNAL.code()) {
            return name + ": ERROR (bad signal name)";
        } else if (code == Fault.NOT_RUNNING.code()) {
            return name + ": ERROR (not running)";
        } else if (code == Fault.SUCCESS.code()) {
            return name + ": " + success;
        } else if (code == Fault.FAILED.code()) {
            return Values.str(r, "description");
        }
        throw unknown(code, name);
    }

    static String clear(Map<String, Object> r) {
        String name = name(r);
        int code = Values.integer(r, "status");
        if (code == Fault.BAD_NAME.code()) {
            return name + ": ERROR (no such process)";
        } else if (code == Fault.FAILED.code()) {
            return name + ": ERROR (failed)";
        } else if (code == Fault.SUCCESS.code()) {
            return name + ": cleared";
        }
        throw unknown(code, name);
    }

    private static String name(Map<String, Object> r) {
        return Names.namespec(Values.str(r, "group"), Values.str(r, "name"));
    }

    /** Python raises ValueError here; the controller reports it. */
    private static IllegalArgumentException unknown(int code, String name) {
        return new IllegalArgumentException("Unknown result code " + code + " for " + name);
    }
}
