package org.supervisorj.server.process.spawn;

/**
 * What a spawned child reports. Output and EOF come from the pump thread of that pipe; the exit comes
 * from the reaper thread, and may arrive before the last output (the pipes can still hold data, or a
 * grandchild may keep them open). Every method must be quick and must not throw.
 */
public interface ChildListener {
    void onOutput(OutputChannel channel, byte[] data);

    /** The pipe of {@code channel} is closed; never called for STDERR when stderr is redirected. */
    void onEof(OutputChannel channel);

    void onExit(WaitStatus status);

    /** Whether {@code channel} carries a request-response protocol; see {@link PipeSink#interactive()}. */
    default boolean interactive(OutputChannel channel) {
        return false;
    }
}
