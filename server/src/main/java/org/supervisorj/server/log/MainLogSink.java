package org.supervisorj.server.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** One destination of the activity log. Called under the MainLog's lock, one record at a time. */
sealed interface MainLogSink {
    void write(String asctime, Level level, String message) throws IOException;

    void reopen() throws IOException;

    void close() throws IOException;

    default Optional<Path> path() {
        return Optional.empty();
    }

    /** The log file, rotating when maxBytes > 0. */
    record File(RotatingFile file) implements MainLogSink {
        @Override
        public void write(String asctime, Level level, String message) throws IOException {
            byte[] b = LogLine.format(asctime, level, message).getBytes(StandardCharsets.UTF_8);
            file.write(b, 0, b.length);
        }

        @Override
        public void reopen() throws IOException {
            file.reopen();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }

        @Override
        public Optional<Path> path() {
            return Optional.of(file.path());
        }
    }

    /** The stdout echo of a foreground supervisord; never closed, reopen does nothing. */
    record Stream(OutputStream out) implements MainLogSink {
        @Override
        public void write(String asctime, Level level, String message) throws IOException {
            out.write(LogLine.format(asctime, level, message).getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void reopen() {}

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * {@code logfile=syslog}: each line of the message is its own syslog message carrying the full
     * line format, trailing newline included (Supervisor formats it before handing it to syslog(3)).
     */
    record Syslog(SyslogSocket socket) implements MainLogSink {
        @Override
        public void write(String asctime, Level level, String message) {
            for (String line : PyText.linesForSyslog(message)) {
                socket.send(LogLine.format(asctime, level, line));
            }
        }

        @Override
        public void reopen() {}

        @Override
        public void close() {
            socket.close();
        }
    }
}
