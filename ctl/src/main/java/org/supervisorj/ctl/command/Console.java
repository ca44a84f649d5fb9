package org.supervisorj.ctl.command;

import java.io.IOException;

/**
 * The terminal as commands see it: questions to the user (shutdown confirmation, credentials after a
 * 401, fg's input lines) and Ctrl-C.
 */
public interface Console {
    /**
     * Python's {@code raw_input(prompt)}.
     *
     * @throws java.io.EOFException at end of input
     * @throws java.io.InterruptedIOException on Ctrl-C
     */
    String readLine(String prompt) throws IOException;

    /** Python's {@code getpass.getpass(prompt)}. */
    String readPassword(String prompt) throws IOException;

    /** Runs {@code body} with Ctrl-C calling {@code onInterrupt} instead of ending the program. */
    void interruptibly(Runnable onInterrupt, Body body) throws Exception;

    interface Body {
        void run() throws Exception;
    }
}
