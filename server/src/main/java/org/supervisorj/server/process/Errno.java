package org.supervisorj.server.process;

/** The errno values the engine reacts to, and their symbolic names for log texts. */
final class Errno {
    static final int EPERM = 1;
    static final int ESRCH = 3;

    private Errno() {
    }

    static String describe(int errno) {
        return switch (errno) {
            case EPERM -> "[Errno 1] Operation not permitted";
            case ESRCH -> "[Errno 3] No such process";
            default -> "[Errno " + errno + "]";
        };
    }
}
