package org.supervisorj.ctl.command;

import org.supervisorj.server.rpc.xml.Fault;

/** supervisorctl's exit codes: the LSB init-script codes, and the LSB status codes for {@code status}. */
final class ExitStatus {
    static final int SUCCESS = 0;
    static final int GENERIC = 1;
    static final int INVALID_ARGS = 2;
    static final int UNIMPLEMENTED_FEATURE = 3;
    static final int INSUFFICIENT_PRIVILEGES = 4;
    static final int NOT_INSTALLED = 5;
    static final int NOT_RUNNING = 7;

    static final int STATUS_NOT_RUNNING = 3;
    static final int STATUS_UNKNOWN = 4;

    private ExitStatus() {
    }

    /** Faults that mean the program is dead rather than the request being wrong. */
    static boolean deadProgram(int faultCode) {
        return faultCode == Fault.SPAWN_ERROR.code() || faultCode == Fault.ABNORMAL_TERMINATION.code()
                || faultCode == Fault.NOT_RUNNING.code();
    }
}
