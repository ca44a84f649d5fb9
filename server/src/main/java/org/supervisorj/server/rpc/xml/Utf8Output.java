package org.supervisorj.server.rpc.xml;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 bytes that {@link XmlRpcWriter} writes into. Text goes in as UTF-8
 * straight away, so a finished document is one array copy away from the wire, and memoized parts
 * are copied in as bytes. Lone surrogates become {@code '?'}, as {@link String#getBytes} makes them.
 */
final class Utf8Output {
    private byte[] bytes;
    private int count;

    Utf8Output(int capacity) {
        bytes = new byte[capacity];
    }

    Utf8Output append(String s) {
        return append(s, 0, s.length());
    }

    /** Appends {@code s[from, to)}. */
    Utf8Output append(String s, int from, int to) {
        ensure(to - from);
        int i = from;
        // Almost all of an XML-RPC document is ASCII: copy it char by char, fall back at the first other.
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            bytes[count++] = (byte) c;
        }
        if (i < to) {
            // i is never inside a surrogate pair here: everything before it was ASCII.
            return append(s.substring(i, to).getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    Utf8Output append(char c) {
        if (c >= 0x80) {
            return append(String.valueOf(c));
        }
        ensure(1);
        bytes[count++] = (byte) c;
        return this;
    }

    Utf8Output append(long n) {
        return append(Long.toString(n));
    }

    /** Appends bytes that already are UTF-8. */
    Utf8Output append(byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, count, utf8.length);
        count += utf8.length;
        return this;
    }

    int length() {
        return count;
    }

    int capacity() {
        return bytes.length;
    }

    void clear() {
        count = 0;
    }

    /** A read-only view of the bytes written, valid until the next change. */
    ByteBuffer view() {
        return ByteBuffer.wrap(bytes, 0, count).asReadOnlyBuffer();
    }

    byte[] copy() {
        return Arrays.copyOf(bytes, count);
    }

    byte[] copy(int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }

    private void ensure(int more) {
        if (bytes.length - count < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }
}
