package org.supervisorj.server.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** supervisord's pidfile: written at start ("<pid>\n"), removed at exit only if we wrote it. */
public final class PidFile {
    private final Path path;
    private boolean written;

    public PidFile(Path path) {
        this.path = path;
    }

    /** Returns an error text for the log on failure; Supervisor carries on without a pidfile. */
    public String write(long pid) {
        try {
            Files.writeString(path, pid + "\n");
            written = true;
            return null;
        } catch (IOException e) {
            return "could not write pidfile " + path;
        }
    }

    public void remove() {
        if (written) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // Nothing more to do at exit; a stale pidfile names a dead pid.
            }
            written = false;
        }
    }
}
