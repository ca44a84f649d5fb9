package org.supervisorj.server.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import org.supervisorj.server.config.ChannelLogConfig;
import org.supervisorj.server.config.ProcessConfig;
import org.supervisorj.server.config.value.LogFile;
import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.ProcessOutputEvent;
import org.supervisorj.server.log.Channel;
import org.supervisorj.server.log.ChildLog;
import org.supervisorj.server.log.LogFiles;
import org.supervisorj.server.log.MainLog;
import org.supervisorj.server.log.OutputChannel;
import org.supervisorj.server.log.OutputListener;
import org.supervisorj.server.process.spawn.Posix;

/**
 * A process's output, backed by the log package: one {@link OutputChannel} per channel writing to
 * its {@link ChildLog}. AUTO log files get their name when the group is created; every log file is
 * opened before the first spawn and kept open across restarts.
 */
public final class ChildOutput implements ProcessOutput {
    private final ProcessConfig config;
    private final MainLog mainLog;
    private final Engine engine;
    private final EventBus events;
    private final boolean stripAnsi;
    private final Path stdoutPath;
    private final Path stderrPath;
    private IntSupplier pid = () -> 0;
    private volatile StdoutTap listenerStdout;
    private volatile OutputChannel stdout;
    private volatile OutputChannel stderr;

    private ChildOutput(ProcessConfig config, MainLog mainLog, Engine engine, EventBus events, boolean stripAnsi,
                        Path stdoutPath, Path stderrPath) {
        this.config = config;
        this.mainLog = mainLog;
        this.engine = engine;
        this.events = events;
        this.stripAnsi = stripAnsi;
        this.stdoutPath = stdoutPath;
        this.stderrPath = stderrPath;
    }

    /** Names (and for AUTO, creates) the log files, as Supervisor does when it creates the group. */
    public static ChildOutput create(ProcessConfig config, Path childlogdir, String identifier, boolean stripAnsi,
                                     MainLog mainLog, Engine engine, EventBus events) throws IOException {
        Path out = logPath(config.stdout(), config, Channel.STDOUT, childlogdir, identifier);
        // With redirect_stderr, stderr goes into the stdout pipe and has no log of its own.
        Path err = config.redirectStderr() ? null : logPath(config.stderr(), config, Channel.STDERR, childlogdir, identifier);
        return new ChildOutput(config, mainLog, engine, events, stripAnsi, out, err);
    }

    private static Path logPath(ChannelLogConfig c, ProcessConfig config, Channel channel, Path childlogdir,
                                String identifier) throws IOException {
        return switch (c.file()) {
            case LogFile.Auto a -> LogFiles.createAutoLog(childlogdir, config.name(), channel, identifier);
            case LogFile.Path p -> Path.of(p.path());
            case LogFile.None n -> null;
            case LogFile.Syslog s -> null;
        };
    }

    /** Receives an event listener's stdout for the listener protocol, on the pipe thread. */
    public interface StdoutTap {
        void accept(byte[] data, int pid);
    }

    /**
     * Makes this the output of an event listener: stdout is logged the listener way (no capture, no
     * events) and handed to {@code tap}. Must be called before {@link #prepare()}.
     */
    public void tapListenerStdout(StdoutTap tap) {
        this.listenerStdout = tap;
    }

    /** Where a chunk's pid comes from (the process's current pid). */
    public void pidSource(IntSupplier pid) {
        this.pid = pid;
    }

    /**
     * Opens the log files if they are not open yet.
     *
     * @throws IOException when a file cannot be opened; the spawn then fails as Supervisor's does
     */
    @Override
    public synchronized void prepare() throws IOException {
        if (stdout == null) {
            stdout = channel(Channel.STDOUT, config.stdout(), stdoutPath);
        }
        if (stderr == null && !config.redirectStderr()) {
            stderr = channel(Channel.STDERR, config.stderr(), stderrPath);
        }
    }

    private OutputChannel channel(Channel channel, ChannelLogConfig c, Path path) throws IOException {
        ChildLog log = path == null && !c.syslog() ? null
                : ChildLog.open(path, c.maxbytes(), c.backups(), c.syslog() ? config.name() : null);
        if (channel == Channel.STDOUT && listenerStdout != null) {
            return OutputChannel.forEventListenerStdout(config.name(), stripAnsi, log, mainLog);
        }
        OutputChannel.Settings settings = new OutputChannel.Settings(config.name(), channel, stripAnsi,
                c.captureMaxbytes(), c.eventsEnabled());
        return new OutputChannel(settings, log, mainLog, new Events());
    }

    @Override
    public void write(org.supervisorj.server.process.spawn.OutputChannel channel, byte[] data, int childPid) {
        OutputChannel target = channel == org.supervisorj.server.process.spawn.OutputChannel.STDOUT ? stdout : stderr;
        if (target == null) {
            target = stdout;
        }
        if (target != null) {
            target.accept(data);
        }
        StdoutTap tap = listenerStdout;
        if (tap != null && channel == org.supervisorj.server.process.spawn.OutputChannel.STDOUT) {
            tap.accept(data, childPid);
        }
    }

    @Override
    public boolean interactive(org.supervisorj.server.process.spawn.OutputChannel channel) {
        return channel == org.supervisorj.server.process.spawn.OutputChannel.STDOUT && listenerStdout != null;
    }

    @Override
    public String logfile(org.supervisorj.server.process.spawn.OutputChannel channel) {
        Path p = channel == org.supervisorj.server.process.spawn.OutputChannel.STDOUT ? stdoutPath : stderrPath;
        return p == null ? "" : p.toString();
    }

    @Override
    public synchronized void reopen() throws IOException {
        if (stdout != null) {
            stdout.reopenLogs();
        }
        if (stderr != null) {
            stderr.reopenLogs();
        }
    }

    @Override
    public synchronized void clear() throws IOException {
        // Deviation from 4.2.5: logs of a process that is not running are cleared too (4.2.5 does nothing then).
        prepare();
        stdout.clearLogs();
        if (stderr != null) {
            stderr.clearLogs();
        }
    }

    @Override
    public synchronized void close() {
        // ChildLog handles are closed with their channels when the group goes away.
        stdout = null;
        stderr = null;
    }

    /** Turns captured output into events, published on the engine thread like every other event. */
    private final class Events implements OutputListener {
        @Override
        public void logged(Channel channel, byte[] data) {
            publish(channel == Channel.STDOUT ? EventType.PROCESS_LOG_STDOUT : EventType.PROCESS_LOG_STDERR, data);
        }

        @Override
        public void communicated(Channel channel, byte[] data) {
            publish(channel == Channel.STDOUT ? EventType.PROCESS_COMMUNICATION_STDOUT
                    : EventType.PROCESS_COMMUNICATION_STDERR, data);
        }

        private void publish(EventType type, byte[] data) {
            int p = pid.getAsInt();
            engine.execute(() -> events.publish(new ProcessOutputEvent(type, config.name(), config.groupName(), p, data)));
        }
    }

    /** The errno name Supervisor would print for a failed log open. */
    public static String errnoName(IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof java.nio.file.NoSuchFileException || msg.contains("No such file")) {
            return Posix.errnoName(2);
        }
        if (e instanceof java.nio.file.AccessDeniedException || msg.contains("Permission denied")) {
            return Posix.errnoName(13);
        }
        if (msg.contains("Is a directory")) {
            return Posix.errnoName(21);
        }
        return "EIO";
    }
}
