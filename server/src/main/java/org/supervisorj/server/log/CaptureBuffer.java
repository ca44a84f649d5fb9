package org.supervisorj.server.log;

import java.util.Arrays;

/** The capture-mode buffer, bounded the way Supervisor's BoundIO is (spec §5.3). */
final class CaptureBuffer {
    private final long maxBytes;
    private byte[] buf = new byte[0];

    CaptureBuffer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    // Supervisor quirk (spec §5.3): kept that an overflowing chunk drops as many bytes from the front
    // as the chunk is long (not as many as overflow), so the buffer may end up over or well under
    // the cap.
    void append(byte[] chunk) {
        byte[] head = (long) buf.length + chunk.length > maxBytes
                ? Arrays.copyOfRange(buf, Math.min(chunk.length, buf.length), buf.length)
                : buf;
        byte[] next = Arrays.copyOf(head, head.length + chunk.length);
        System.arraycopy(chunk, 0, next, head.length, chunk.length);
        buf = next;
    }

    byte[] contents() {
        return buf.clone();
    }

    void clear() {
        buf = new byte[0];
    }
}
