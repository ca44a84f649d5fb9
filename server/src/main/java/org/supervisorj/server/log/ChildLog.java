package org.supervisorj.server.log;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The log of one channel of one process (spec §5.2): the bytes exactly as given, appended to a
 * rotating file, and/or each line sent to syslog as {@code <process_name> <line>}. Opened at each
 * spawn (an AUTO file made by {@link LogFiles} is simply appended to). Thread-safe.
 */
public final class ChildLog implements AutoCloseable {
    private final RotatingFile file;
    private final SyslogSocket syslog;
    private final String syslogPrefix;
    private final PrintStream errors;

    private ChildLog(RotatingFile file, SyslogSocket syslog, String syslogPrefix, PrintStream errors) {
        this.file = file;
        this.syslog = syslog;
        this.syslogPrefix = syslogPrefix;
        this.errors = errors;
    }

    /**
     * Opens a child log. {@code file} null means no file ({@code NONE}); {@code syslogName} non-null
     * turns on {@code *_syslog} with that process name.
     *
     * @throws IOException if the file cannot be opened (the spawn then fails, spec §7.2)
     */
    public static ChildLog open(Path file, long maxBytes, int backups, String syslogName) throws IOException {
        return open(file, maxBytes, backups, syslogName, SyslogSocket.DEV_LOG, System.err);
    }

    static ChildLog open(Path file, long maxBytes, int backups, String syslogName, Path syslogSocket,
                         PrintStream errors) throws IOException {
        RotatingFile f = file == null ? null : new RotatingFile(file, maxBytes, backups);
        SyslogSocket s = syslogName == null ? null
                : new SyslogSocket(syslogSocket, InstantSource.system(), ZoneId.systemDefault());
        return new ChildLog(f, s, syslogName + " ", errors);
    }

    public Optional<Path> file() {
        return file == null ? Optional.empty() : Optional.of(file.path());
    }

    /** Appends the bytes as one write (never split by rotation) and sends them to syslog if enabled. */
    public void write(byte[] data, int off, int len) {
        if (file != null) {
            try {
                file.write(data, off, len);
            } catch (IOException e) {
                errors.println("supervisord: cannot write " + file.path() + ": " + e);
            }
        }
        if (syslog != null) {
            byte[] copy = java.util.Arrays.copyOfRange(data, off, off + len);
            // Undecodable output is not sent: Supervisor's handler fails on it the same way.
            Utf8.decodeStrict(copy).ifPresent(text -> {
                for (String line : PyText.linesForSyslog(text)) {
                    syslog.send(syslogPrefix + line);
                }
            });
        }
    }

    /** SIGUSR2: reopen the file at its path (it may have been moved away). */
    public void reopen() throws IOException {
        if (file != null) {
            file.reopen();
        }
    }

    /**
     * clearProcessLogs: deletes the file and starts a new empty one. Backups are kept, as in 4.2.5.
     * Deviation from 4.2.5: with {@code *_syslog=true} Supervisor then fails with an internal error
     * (its syslog handler has no remove); we simply clear the file.
     */
    public void clear() throws IOException {
        if (file != null) {
            file.removeAndReopen();
        }
    }

    @Override
    public void close() throws IOException {
        if (syslog != null) {
            syslog.close();
        }
        if (file != null) {
            file.close();
        }
    }
}
