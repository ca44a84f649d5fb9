package org.supervisorj.server.process;

import java.io.IOException;

/** A started child as the engine sees it: a pid and the write end of its stdin. */
public interface RunningChild {
    int pid();

    void writeStdin(byte[] data) throws IOException;

    /** Called once the child has been reaped; the output pipes close themselves at EOF. */
    void release();
}
