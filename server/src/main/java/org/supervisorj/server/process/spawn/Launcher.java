package org.supervisorj.server.process.spawn;

/** The OS seam for children: start one, signal one. */
public interface Launcher {
    /**
     * Starts a child. Its exit is delivered to {@code listener} exactly once, even if it dies before
     * this method returns.
     *
     * @throws SpawnException when nothing was started (pipes or process could not be created)
     */
    SpawnedChild spawn(SpawnRequest request, ChildListener listener) throws SpawnException;

    /** kill(2) on a pid, or on a process group when {@code pid} is negative. Returns 0 or the errno (ESRCH is normal). */
    int kill(int pid, int signal);
}
