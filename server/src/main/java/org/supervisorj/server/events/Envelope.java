package org.supervisorj.server.events;

import java.nio.charset.StandardCharsets;

/**
 * What a listener reads on its stdin for one event (spec §8.2): one header line of tokens in a fixed
 * order, then the payload.
 *
 * @param serial     global, shared by every pool that buffered the event
 * @param poolSerial per pool, restarting when the pool is created again
 */
public record Envelope(String identifier, long serial, String pool, long poolSerial, Event event) {

    /** The header and payload as text. */
    public String text() {
        String payload = event.payload();
        return "ver:3.0 server:" + identifier + " serial:" + serial + " pool:" + pool + " poolserial:" + poolSerial
                + " eventname:" + event.type().name() + " len:" + length(payload) + "\n" + payload;
    }

    /** The bytes written to the listener: the text encoded as UTF-8. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The {@code len} token.
     */
    // Supervisor quirk (spec §8.2): kept, len counts Unicode characters (Python's len of a str) while the
    // payload goes out as UTF-8, so a non-ASCII payload is longer in bytes than len says. childutils reads
    // len characters from a text stdin, so listeners in the wild depend on exactly this count.
    public static int length(String payload) {
        return payload.codePointCount(0, payload.length());
    }
}
