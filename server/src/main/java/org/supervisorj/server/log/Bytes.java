package org.supervisorj.server.log;

/** Byte-array searches for the capture-mode tokens. */
final class Bytes {
    private Bytes() {}

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Length of the longest proper prefix of {@code token} that {@code hay} ends with (0 if none). */
    static int tokenPrefixAtEnd(byte[] hay, byte[] token) {
        for (int l = Math.min(token.length - 1, hay.length); l > 0; l--) {
            if (regionEquals(hay, hay.length - l, token, l)) {
                return l;
            }
        }
        return 0;
    }

    private static boolean regionEquals(byte[] hay, int from, byte[] token, int len) {
        for (int i = 0; i < len; i++) {
            if (hay[from + i] != token[i]) {
                return false;
            }
        }
        return true;
    }
}
