package org.supervisorj.server.log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

import org.supervisorj.server.text.PyRepr;

/**
 * What supervisord does with the output of one channel of one process (Supervisor's output
 * dispatcher, without the pipe reading): strips ANSI escapes, diverts text between
 * {@code <!--XSUPERVISOR:BEGIN-->} and {@code <!--XSUPERVISOR:END-->} to a capture buffer, writes the
 * rest to the {@link ChildLog}, echoes each logged chunk to the activity log at DEBG, and reports
 * log and communication events.
 *
 * <p>Every byte handed in reaches the log file, except what capture mode diverts and, by Supervisor's
 * design, a fragment of at most one token's length still held when the output ends (spec §5.3).
 * Methods are synchronized: output arrives on the pipe thread, clear and reopen on RPC threads.
 */
public final class OutputChannel {
    static final byte[] BEGIN = "<!--XSUPERVISOR:BEGIN-->".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "<!--XSUPERVISOR:END-->".getBytes(StandardCharsets.US_ASCII);

    /** The per-channel options of a program section (spec §3.5) that shape its output. */
    public record Settings(String processName, Channel channel, boolean stripAnsi, long captureMaxBytes,
                           boolean eventsEnabled) {
        public Settings {
            Objects.requireNonNull(processName);
            Objects.requireNonNull(channel);
        }
    }

    private final Settings settings;
    private final ChildLog log;
    private final MainLog mainLog;
    private final OutputListener listener;
    private final boolean eventListenerStdout;
    private final CaptureBuffer capture;
    private boolean capturing;
    private byte[] pending = new byte[0];

    /**
     * @param log the channel's log, or null for {@code NONE}
     */
    public OutputChannel(Settings settings, ChildLog log, MainLog mainLog, OutputListener listener) {
        this(settings, log, mainLog, listener, false);
    }

    private OutputChannel(Settings settings, ChildLog log, MainLog mainLog, OutputListener listener,
                          boolean eventListenerStdout) {
        this.settings = settings;
        this.log = log;
        this.mainLog = Objects.requireNonNull(mainLog);
        this.listener = Objects.requireNonNull(listener);
        this.eventListenerStdout = eventListenerStdout;
        this.capture = settings.captureMaxBytes() > 0 && !eventListenerStdout
                ? new CaptureBuffer(settings.captureMaxBytes()) : null;
    }

    /**
     * The stdout of an event listener: written to its log (ANSI-stripped if asked), echoed at DEBG as a
     * Python bytes repr, never captured, no events. The listener protocol reads the same bytes itself.
     */
    public static OutputChannel forEventListenerStdout(String processName, boolean stripAnsi, ChildLog log,
                                                       MainLog mainLog) {
        var settings = new Settings(processName, Channel.STDOUT, stripAnsi, 0, false);
        return new OutputChannel(settings, log, mainLog, OutputListener.NONE, true);
    }

    /**
     * A chunk read from the child. The array becomes the channel's, as the pipe thread hands over a
     * fresh one per read: the caller must not change it afterwards (it is kept, logged and put in
     * events without a copy).
     */
    public synchronized void accept(byte[] data) {
        if (pending.length == 0 && !eventListenerStdout) {
            pending = data;
            recordOutput();
        } else {
            accept(data, 0, data.length);
        }
    }

    public synchronized void accept(byte[] data, int off, int len) {
        if (len == 0) {
            return;
        }
        if (eventListenerStdout) {
            acceptListenerOutput(Arrays.copyOfRange(data, off, off + len));
            return;
        }
        byte[] joined = Arrays.copyOf(pending, pending.length + len);
        System.arraycopy(data, off, joined, pending.length, len);
        pending = joined;
        recordOutput();
    }

    /** True between a BEGIN token and its END token. */
    public synchronized boolean capturing() {
        return capturing;
    }

    /** SIGUSR2 for a running process. */
    public synchronized void reopenLogs() throws IOException {
        if (log != null) {
            log.reopen();
        }
    }

    /** clearProcessLogs: clears the log file, then the capture buffer (as Supervisor's removelogs). */
    public synchronized void clearLogs() throws IOException {
        if (log != null) {
            log.clear();
        }
        if (capture != null) {
            capture.clear();
        }
    }

    private void recordOutput() {
        while (true) {
            if (capture == null) {
                byte[] data = pending;
                pending = new byte[0];
                logChunk(data);
                return;
            }
            byte[] token = capturing ? END : BEGIN;
            // Supervisor quirk (spec §5.3): kept that output is held until there is more than a whole
            // token's worth, even when it cannot contain one; what is held at EOF is never logged.
            if (pending.length <= token.length) {
                return;
            }
            byte[] data = pending;
            pending = new byte[0];
            int at = Bytes.indexOf(data, token);
            if (at < 0) {
                int keep = Bytes.tokenPrefixAtEnd(data, token);
                pending = Arrays.copyOfRange(data, data.length - keep, data.length);
                logChunk(Arrays.copyOf(data, data.length - keep));
                return;
            }
            logChunk(Arrays.copyOf(data, at));
            toggleCapture();
            pending = Arrays.copyOfRange(data, at + token.length, data.length);
            if (pending.length == 0) {
                return;
            }
        }
    }

    private void toggleCapture() {
        capturing = !capturing;
        if (capturing) {
            return;
        }
        listener.communicated(settings.channel(), capture.contents());
        if (mainLog.isEnabled(Level.DEBG)) {
            mainLog.debug(PyRepr.of(settings.processName()) + ' ' + settings.channel().text()
                    + " emitted a comm event");
        }
        capture.clear();
    }

    private void logChunk(byte[] raw) {
        if (raw.length == 0) {
            return;
        }
        byte[] data = settings.stripAnsi() ? AnsiStripper.strip(raw) : raw;
        if (capturing) {
            capture.append(data);
        } else if (log != null) {
            log.write(data, 0, data.length);
        }
        if (mainLog.isEnabled(Level.DEBG)) {
            String text = Utf8.decodeStrict(data).orElseGet(() -> "Undecodable: " + PyRepr.of(data));
            mainLog.debug(PyRepr.of(settings.processName()) + ' ' + settings.channel().text()
                    + " output:\n" + text);
        }
        // Supervisor quirk (spec §5.3): kept that captured text is also reported as logged output.
        if (settings.eventsEnabled()) {
            listener.logged(settings.channel(), data.clone());
        }
    }

    private void acceptListenerOutput(byte[] data) {
        if (mainLog.isEnabled(Level.DEBG)) {
            // Supervisor quirk (spec §5.1): kept the bytes repr (b'READY\n') of listener output,
            // taken before ANSI stripping.
            mainLog.debug(PyRepr.of(settings.processName()) + " stdout output:\n" + PyRepr.of(data));
        }
        if (log != null) {
            byte[] out = settings.stripAnsi() ? AnsiStripper.strip(data) : data;
            log.write(out, 0, out.length);
        }
    }
}
