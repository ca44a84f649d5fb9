package org.supervisorj.server.process;

/** The operating-system side of a process: starting it and signalling it. */
public interface ChildLauncher {

    /**
     * Checks that the command can be found and executed, as Supervisor does before a manual start.
     *
     * @throws CommandProblem with Supervisor's spawnerr text
     */
    void verifyCommand(ManagedProcess process) throws CommandProblem;

    /**
     * Starts the child with its pipes wired to the process's logs.
     *
     * @throws SpawnFailure with Supervisor's spawnerr text when nothing was started
     */
    RunningChild launch(ManagedProcess process) throws SpawnFailure;

    /** kill(2) on a pid, or on a process group when {@code pid} is negative. Returns 0 or the errno. */
    int kill(int pid, int signal);

    /** Why a command cannot run; {@code missing} distinguishes NO_FILE from NOT_EXECUTABLE faults. */
    final class CommandProblem extends Exception {
        private final boolean missing;

        public CommandProblem(String spawnerr, boolean missing) {
            super(spawnerr, null, false, false);
            this.missing = missing;
        }

        public boolean missing() {
            return missing;
        }
    }

    /** Nothing was started; the message is the spawnerr text. */
    final class SpawnFailure extends Exception {
        public SpawnFailure(String spawnerr) {
            super(spawnerr, null, false, false);
        }
    }
}
