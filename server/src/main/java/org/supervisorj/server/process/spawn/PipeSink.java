package org.supervisorj.server.process.spawn;

/**
 * Receives what one pipe delivers. Both methods run on the pump thread that owns the pipe, so they
 * must be quick and must not block (hand work off if it can block for long).
 */
public interface PipeSink {
    /** A chunk of at most 128 KiB, in pipe order; the array belongs to the sink. */
    void onData(byte[] data);

    /** The pipe reached end of file (or failed, or was closed on request); called once, last. */
    void onEof();

    /**
     * True for a pipe that carries a request-response protocol (an event listener's stdout): its data
     * is never held back to be read in larger batches.
     */
    default boolean interactive() {
        return false;
    }
}
