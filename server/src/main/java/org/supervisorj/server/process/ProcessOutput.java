package org.supervisorj.server.process;

import java.io.IOException;

import org.supervisorj.server.process.spawn.OutputChannel;

/**
 * Where one process's output goes: its stdout/stderr log files, the debug echo in the activity log
 * and the PROCESS_LOG / PROCESS_COMMUNICATION events. It lives as long as the process's group, across
 * restarts (AUTO log files keep their name until supervisord restarts).
 */
public interface ProcessOutput extends AutoCloseable {

    /**
     * Opens the log files before a spawn if they are not open yet.
     *
     * @throws IOException when one cannot be opened; the spawn then fails
     */
    void prepare() throws IOException;

    /** A chunk the child wrote. Called on a pipe-reading thread, never concurrently for one channel. */
    void write(OutputChannel channel, byte[] data, int pid);

    /** Whether the channel carries a protocol (an event listener's stdout), not just output to log. */
    default boolean interactive(OutputChannel channel) {
        return false;
    }

    /** The log file of a channel, or "" when there is none (stderr redirected, NONE). */
    String logfile(OutputChannel channel);

    /** Reopens the log files (SIGUSR2). */
    void reopen() throws IOException;

    /** Empties the log files and removes their backups (clearProcessLogs). */
    void clear() throws IOException;

    @Override
    void close();
}
