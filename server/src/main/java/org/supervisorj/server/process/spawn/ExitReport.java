package org.supervisorj.server.process.spawn;

/**
 * Reports a child's exit only after the output it wrote before exiting: its pipes may still hold
 * data when the reaper sees the exit, and Supervisor reads that data before it handles the exit (an
 * event listener's last "RESULT 2\nOK" counts as its answer, not as output of a dead process).
 *
 * <p>The exit can come before the pipes are being read (a child that exits at once), so the report
 * waits for both.
 */
final class ExitReport {
    private final ChildListener listener;
    private PipePump.Outputs outputs;
    private boolean unread;
    private WaitStatus status;
    private boolean reported;

    ExitReport(ChildListener listener) {
        this.listener = listener;
    }

    /** From the reaper thread. */
    synchronized void exited(WaitStatus status) {
        this.status = status;
        reportIfReady();
    }

    /** The child's pipes are being read. */
    synchronized void reading(PipePump.Outputs outputs) {
        this.outputs = outputs;
        reportIfReady();
    }

    /** The pipes could not be read (spawn failed after the child started): report the exit as it comes. */
    synchronized void withoutOutputs() {
        this.unread = true;
        reportIfReady();
    }

    /** Reports the exit once, when both it and the way to its output are known. */
    private void reportIfReady() {
        if (status == null || reported || (outputs == null && !unread)) {
            return;
        }
        reported = true;
        WaitStatus exit = status;
        if (outputs != null) {
            outputs.drainThen(() -> listener.onExit(exit));
        } else {
            listener.onExit(exit);
        }
    }
}
