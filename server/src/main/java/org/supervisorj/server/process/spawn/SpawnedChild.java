package org.supervisorj.server.process.spawn;

import java.util.Optional;

/**
 * A started child: its pid, its stdin, and its output pipes (already being read by the pump).
 *
 * @param pid          the child's pid, which is also its process group id
 * @param stdin        the parent's end of the child's stdin
 * @param setupFailure when the child could not be set up (chdir, exec, user), the text supervisor's child
 *                     would have written to its stderr; the pid then belongs to a stand-in that wrote
 *                     exactly that text and exits 127 (see {@link PosixLauncher})
 */
public record SpawnedChild(int pid, ChildStdin stdin, Optional<String> setupFailure,
        PipePump.Outputs outputs) {

    /**
     * Stops reading the output pipes now, dropping unread output (for a child whose grandchildren keep
     * the pipes open after it was reaped). Normally the pipes close themselves at EOF.
     */
    public void closeOutputs() {
        outputs.close();
    }
}
