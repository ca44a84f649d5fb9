package org.supervisorj.server.process.spawn;

/**
 * What a spawned child reports, all from the pump thread of its pipes. The exit comes after the output
 * the pipes held when the child was reaped, but may come before their EOF (a grandchild may keep them
 * open and write more). Every method must be quick and must not throw.
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
