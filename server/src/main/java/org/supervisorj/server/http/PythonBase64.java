package org.supervisorj.server.http;

import java.io.ByteArrayOutputStream;

/**
 * Python's lenient {@code base64.decodebytes} ({@code binascii.a2b_base64}, non-strict), which
 * Supervisor uses on the Basic credentials: characters outside the alphabet are skipped, decoding
 * stops at a complete pad sequence, and a truncated final group is an error. The JDK decoders differ
 * on all three.
 */
final class PythonBase64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private PythonBase64() {
    }

    /** @throws IllegalArgumentException where Python raises binascii.Error */
    static byte[] decode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int quadPos = 0;
        int pads = 0;
        int left = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=') {
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    return out.toByteArray();
                }
                continue;
            }
            int v = c < 128 ? ALPHABET.indexOf(c) : -1;
            if (v < 0) {
                continue;
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> left = v;
                case 1 -> {
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                }
                case 2 -> {
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> out.write((left << 6) | v);
            }
            quadPos = (quadPos + 1) & 3;
        }
        if (quadPos == 1) {
            throw new IllegalArgumentException("number of data characters cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) {
            throw new IllegalArgumentException("Incorrect padding");
        }
        return out.toByteArray();
    }
}
