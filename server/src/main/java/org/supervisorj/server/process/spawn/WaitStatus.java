package org.supervisorj.server.process.spawn;

/**
 * A raw wait(2) status as the kernel reported it, decoded the way supervisor's decode_wait_status does.
 *
 * @param raw the int status filled in by waitpid
 */
public record WaitStatus(int raw) {

    /** True when the child called exit/_exit (WIFEXITED). */
    public boolean exited() {
        return (raw & 0x7f) == 0;
    }

    /** True when a signal ended the child (WIFSIGNALED). */
    public boolean signalled() {
        return ((byte) ((raw & 0x7f) + 1) >> 1) > 0;
    }

    /** The exit code when {@link #exited()}, else -1 (Supervisor's value for "killed by a signal"). */
    public int exitCode() {
        return exited() ? (raw >> 8) & 0xff : -1;
    }

    /** The terminating signal when {@link #signalled()}, else 0. */
    public int signal() {
        return signalled() ? raw & 0x7f : 0;
    }

    public boolean coreDumped() {
        return signalled() && (raw & 0x80) != 0;
    }

    /** "exit status 1", "terminated by SIGTERM", "terminated by SIGSEGV (core dumped)", "unknown termination cause 0x137f". */
    public String text() {
        if (exited()) {
            return "exit status " + exitCode();
        }
        if (signalled()) {
            return "terminated by " + SignalNames.name(signal()) + (coreDumped() ? " (core dumped)" : "");
        }
        return "unknown termination cause 0x" + String.format("%04x", raw);
    }

    public static WaitStatus ofExit(int code) {
        return new WaitStatus((code & 0xff) << 8);
    }

    public static WaitStatus ofSignal(int signal, boolean core) {
        return new WaitStatus((signal & 0x7f) | (core ? 0x80 : 0));
    }
}
