package org.supervisorj.server.log;

/**
 * Receives what an {@link OutputChannel} turns into events. Called on the thread that feeds the
 * channel, in output order; must be quick and must not throw. The arrays belong to the listener.
 */
public interface OutputListener {
    /** A logged chunk (after ANSI stripping): PROCESS_LOG_STDOUT / _STDERR, when events are enabled. */
    void logged(Channel channel, byte[] data);

    /** The capture between BEGIN and END tokens: PROCESS_COMMUNICATION_STDOUT / _STDERR. */
    void communicated(Channel channel, byte[] data);

    OutputListener NONE = new OutputListener() {
        @Override
        public void logged(Channel channel, byte[] data) {}

        @Override
        public void communicated(Channel channel, byte[] data) {}
    };
}
