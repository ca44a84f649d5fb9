package org.supervisorj.server.events;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The listener side of the event protocol, read from one listener process's stdout (spec §8.3):
 * {@code READY\n} in ACKNOWLEDGED makes it READY; in BUSY a {@code RESULT <len>\n} line and then
 * exactly {@code len} bytes of result, judged by the {@link ResultHandler}. Anything else makes it
 * UNKNOWN, which lasts until the process is started again ({@link #restart()}).
 *
 * <p>Pure bytes-in, reactions-out: no I/O, no clock. Not thread-safe; the owner confines it to one thread.
 */
public final class ListenerProtocol {
    private static final byte[] READY_TOKEN = {'R', 'E', 'A', 'D', 'Y', '\n'};
    /** {@code "RESULT "}: skipped by length, never compared (Supervisor does not check the word). */
    private static final int RESULT_PREFIX_LENGTH = 7;
    /** Python's int() of a bytes line: surrounding whitespace, a sign, digits with single underscores. */
    private static final Pattern PY_INT = Pattern.compile("[ \\t\\n\\x0B\\f\\r]*([+-]?[0-9]+(?:_[0-9]+)*)[ \\t\\n\\x0B\\f\\r]*");
    /** The longest result line we wait for; past it the line is bad. */
    static final int MAX_RESULT_LINE = 64 * 1024;
    /** Result bytes kept for the handler; the rest is counted, not stored. */
    static final int MAX_KEPT_RESULT = 64 * 1024;

    /** What the owner does about what the protocol read. Called synchronously from {@link #feed}. */
    public interface Reactions {
        /** Every logged state change (not the silent ones: a restart, or an event being sent). */
        void changed(ListenerState from, ListenerState to);

        /** A result line whose length does not parse; {@code line} is already decoded for the log. */
        void badResultLine(String line);

        void processed();

        void rejected();

        void handlerFailed();

        /** The event in hand goes back to the pool (after a rejection, an error or a bad result line). */
        void giveBack();
    }

    private final ResultHandler handler;
    private final Reactions reactions;
    private ListenerState state = ListenerState.ACKNOWLEDGED;
    private byte[] pending = new byte[0];
    private long resultLength = -1;
    private long resultReceived;
    private byte[] result = new byte[0];

    public ListenerProtocol(ResultHandler handler, Reactions reactions) {
        this.handler = handler;
        this.reactions = reactions;
    }

    public ListenerState state() {
        return state;
    }

    /** A new process was spawned: ACKNOWLEDGED, nothing pending, without a log line (as in 4.2.5). */
    public void restart() {
        state = ListenerState.ACKNOWLEDGED;
        pending = new byte[0];
        clearResult();
    }

    /** An event was written to the listener: READY -> BUSY, without a log line (as in 4.2.5). */
    public void sent() {
        if (state != ListenerState.READY) {
            throw new IllegalStateException("an event was sent to a listener in state " + state);
        }
        state = ListenerState.BUSY;
    }

    /** Bytes the listener wrote on stdout. */
    public void feed(byte[] data) {
        if (data.length == 0) {
            return;
        }
        byte[] joined = Arrays.copyOf(pending, pending.length + data.length);
        System.arraycopy(data, 0, joined, pending.length, data.length);
        pending = joined;
        while (pending.length > 0 && step()) {
            // each step consumes input or changes state; stop when one needs more bytes
        }
    }

    /** One decision on the pending bytes; false when more input is needed. */
    private boolean step() {
        switch (state) {
            case UNKNOWN -> {
                pending = new byte[0];
                return false;
            }
            case ACKNOWLEDGED -> {
                if (pending.length < READY_TOKEN.length) {
                    return false;
                }
                if (Arrays.equals(pending, 0, READY_TOKEN.length, READY_TOKEN, 0, READY_TOKEN.length)) {
                    pending = Arrays.copyOfRange(pending, READY_TOKEN.length, pending.length);
                    moveTo(ListenerState.READY);
                } else {
                    pending = new byte[0];
                    moveTo(ListenerState.UNKNOWN);
                }
                return true;
            }
            case READY -> {
                // Supervisor quirk (spec §8.3): kept, any byte while READY is a protocol violation.
                pending = new byte[0];
                moveTo(ListenerState.UNKNOWN);
                return false;
            }
            case BUSY -> {
                return resultLength < 0 ? readResultLine() : readResult();
            }
        }
        throw new AssertionError(state);
    }

    private boolean readResultLine() {
        int nl = indexOf(pending, (byte) '\n');
        if (nl < 0) {
            if (pending.length > MAX_RESULT_LINE) {
                // Deviation from 4.2.5: Supervisor keeps waiting for the newline however much arrives;
                // a flooding listener must not grow supervisord's memory without bound.
                byte[] line = pending;
                pending = new byte[0];
                badLine(line);
                return false;
            }
            return false;
        }
        byte[] line = Arrays.copyOf(pending, nl);
        pending = Arrays.copyOfRange(pending, nl + 1, pending.length);
        long length = parseLength(line);
        if (length < 0) {
            badLine(line);
            return false;
        }
        resultLength = length;
        // Deviation from 4.2.5: a zero-length result is judged at once; Supervisor waits for the next byte.
        return length == 0 ? readResult() : true;
    }

    private void badLine(byte[] line) {
        reactions.badResultLine(ProcessOutputEvent.decode(line));
        moveTo(ListenerState.UNKNOWN);
        pending = new byte[0];
        clearResult();
        reactions.giveBack();
    }

    /** The length after the first 7 bytes, or -1 when Python's int() would refuse it (or it is negative). */
    static long parseLength(byte[] line) {
        if (line.length <= RESULT_PREFIX_LENGTH) {
            return -1;
        }
        String digits = new String(line, RESULT_PREFIX_LENGTH, line.length - RESULT_PREFIX_LENGTH,
                java.nio.charset.StandardCharsets.ISO_8859_1);
        var m = PY_INT.matcher(digits);
        if (!m.matches()) {
            return -1;
        }
        BigInteger n = new BigInteger(m.group(1).replace("_", "").replace("+", ""));
        // Deviation from 4.2.5: a negative length is a bad line here; Supervisor accepts it and then never
        // completes the result.
        if (n.signum() < 0) {
            return -1;
        }
        return n.bitLength() < 63 ? n.longValue() : Long.MAX_VALUE;
    }

    private boolean readResult() {
        long needed = resultLength - resultReceived;
        int take = (int) Math.min(needed, pending.length);
        if (take > 0) {
            int keep = (int) Math.min(take, Math.max(0, MAX_KEPT_RESULT - result.length));
            if (keep > 0) {
                byte[] joined = Arrays.copyOf(result, result.length + keep);
                System.arraycopy(pending, 0, joined, result.length, keep);
                result = joined;
            }
            resultReceived += take;
            pending = Arrays.copyOfRange(pending, take, pending.length);
        }
        if (resultReceived < resultLength) {
            return false;
        }
        byte[] judged = result;
        clearResult();
        switch (handler.judge(judged)) {
            case ACCEPTED -> {
                reactions.processed();
                moveTo(ListenerState.ACKNOWLEDGED);
            }
            case REJECTED -> {
                reactions.rejected();
                moveTo(ListenerState.ACKNOWLEDGED);
                reactions.giveBack();
            }
            case ERROR -> {
                reactions.handlerFailed();
                moveTo(ListenerState.UNKNOWN);
                reactions.giveBack();
            }
        }
        return true;
    }

    private void clearResult() {
        resultLength = -1;
        resultReceived = 0;
        result = new byte[0];
    }

    private void moveTo(ListenerState to) {
        ListenerState from = state;
        state = to;
        reactions.changed(from, to);
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
