package org.supervisorj.server.log;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * supervisord's activity log (spec §5.1): lines {@code YYYY-MM-DD HH:MM:SS,mmm LEVL message}, filtered
 * by one level, written to the configured handlers in order (stdout echo first, then file or syslog,
 * as Supervisor adds them).
 *
 * <p>Thread-safe: a record is stamped and written to every handler under one lock, so lines never
 * interleave and the file stays in time order. A write is one {@code write(2)} per handler (plus one
 * {@code fstat} when rotating); a handler that fails reports on stderr and the others still get
 * the record, as Supervisor's handleError does.
 */
public final class MainLog implements AutoCloseable {
    static final String REOPENING = "reopening log file";

    private final Level level;
    private final InstantSource clock;
    private final ZoneId zone;
    private final List<MainLogSink> sinks;
    private final PrintStream errors;

    private MainLog(Builder b) {
        this.level = b.level;
        this.clock = b.clock;
        this.zone = b.zone;
        this.sinks = List.copyOf(b.sinks);
        this.errors = b.errors;
    }

    public static Builder builder(Level level) {
        return new Builder(level);
    }

    public Level level() {
        return level;
    }

    public boolean isEnabled(Level record) {
        return level.admits(record);
    }

    public void log(Level record, String message) {
        if (!isEnabled(record)) {
            return;
        }
        synchronized (this) {
            String asctime = LogLine.asctime(clock.instant(), zone);
            for (MainLogSink sink : sinks) {
                try {
                    sink.write(asctime, record, message);
                } catch (IOException | RuntimeException e) {
                    report("cannot write the activity log", e);
                }
            }
        }
    }

    public void critical(String message) { log(Level.CRIT, message); }

    public void error(String message) { log(Level.ERRO, message); }

    public void warn(String message) { log(Level.WARN, message); }

    public void info(String message) { log(Level.INFO, message); }

    public void debug(String message) { log(Level.DEBG, message); }

    public void trace(String message) { log(Level.TRAC, message); }

    public void blather(String message) { log(Level.BLAT, message); }

    /** The log file, if the log goes to a file (not for syslog or stdout only). */
    public Optional<Path> file() {
        return sinks.stream().flatMap(s -> s.path().stream()).findFirst();
    }

    /**
     * Reopens every handler (SIGUSR2). The caller logs Supervisor's two INFO lines first, so they
     * land in the old file.
     */
    public synchronized void reopen() {
        for (MainLogSink sink : sinks) {
            try {
                sink.reopen();
            } catch (IOException e) {
                report("cannot reopen the activity log", e);
            }
        }
    }

    /**
     * supervisor.clearLog: removes the file, then for each handler logs INFO {@code reopening log file}
     * and reopens it.
     */
    public void clear() throws LogAccessException {
        Path path = file().orElse(null);
        if (path == null || !Files.exists(path)) {
            throw new LogAccessException(LogAccessException.Reason.NO_FILE, null);
        }
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new LogAccessException(LogAccessException.Reason.FAILED, null);
        }
        for (MainLogSink sink : sinks) {
            // Supervisor quirk (rpcinterface.clearLog): kept one "reopening" line per handler, even
            // for handlers whose reopen does nothing (the stdout echo); they reach the new file only
            // from the handler after the file's.
            info(REOPENING);
            synchronized (this) {
                try {
                    sink.reopen();
                } catch (IOException e) {
                    throw new LogAccessException(LogAccessException.Reason.FAILED, null);
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        for (MainLogSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException e) {
                report("cannot close the activity log", e);
            }
        }
    }

    private void report(String what, Exception e) {
        errors.println("supervisord: " + what + ": " + e);
    }

    /** Assembles the handlers; {@link #build()} opens the file, failing as Supervisor does at startup. */
    public static final class Builder {
        private final Level level;
        private InstantSource clock = InstantSource.system();
        private ZoneId zone = ZoneId.systemDefault();
        private final List<MainLogSink> sinks = new ArrayList<>();
        private final List<IoStep> opens = new ArrayList<>();
        private PrintStream errors = System.err;

        private Builder(Level level) {
            this.level = Objects.requireNonNull(level);
        }

        public Builder clock(InstantSource clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
            return this;
        }

        /** Echo to supervisord's stdout (nodaemon and not silent). Add it first, as Supervisor does. */
        public Builder stdout() {
            return stream(new FileOutputStream(FileDescriptor.out));
        }

        /** Echo to a given stream (tests, or a captured stdout). */
        public Builder stream(OutputStream out) {
            opens.add(() -> sinks.add(new MainLogSink.Stream(out)));
            return this;
        }

        /** The log file, opened for append; rotates when {@code maxBytes > 0}. */
        public Builder file(Path path, long maxBytes, int backups) {
            opens.add(() -> sinks.add(new MainLogSink.File(new RotatingFile(path, maxBytes, backups))));
            return this;
        }

        /** {@code logfile=syslog}: each line to the local syslog socket {@code /dev/log}. */
        public Builder syslog() {
            return syslog(SyslogSocket.DEV_LOG);
        }

        Builder syslog(Path socket) {
            opens.add(() -> sinks.add(new MainLogSink.Syslog(new SyslogSocket(socket, clock, zone))));
            return this;
        }

        /** Where handler failures are reported (Supervisor prints a traceback to stderr). */
        public Builder errors(PrintStream errors) {
            this.errors = errors;
            return this;
        }

        public MainLog build() throws IOException {
            try {
                for (IoStep step : opens) {
                    step.run();
                }
            } catch (IOException | RuntimeException e) {
                for (MainLogSink sink : sinks) {
                    try {
                        sink.close();
                    } catch (IOException suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
                sinks.clear();
                throw e;
            }
            return new MainLog(this);
        }

        private interface IoStep {
            void run() throws IOException;
        }
    }
}
