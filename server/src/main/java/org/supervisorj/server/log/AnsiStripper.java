package org.supervisorj.server.log;

import java.util.Arrays;

/**
 * {@code strip_ansi} (spec §5.3): drops {@code ESC [} and everything up to and including the next
 * byte among {@code HfABCDRsuJKhlpm}. Works on one chunk at a time, remembering nothing.
 */
final class AnsiStripper {
    private static final boolean[] TERMINATOR = new boolean[256];

    static {
        for (char c : "HfABCDRsuJKhlpm".toCharArray()) {
            TERMINATOR[c] = true;
        }
    }

    private AnsiStripper() {}

    // Supervisor quirk (spec §5.3): kept that the '[' is never taken as a terminator, an escape left
    // open at the end of a chunk swallows the rest of that chunk, and its tail in the next chunk is
    // kept as text.
    static byte[] strip(byte[] s) {
        byte[] out = null;
        int n = 0;
        int i = 0;
        while (i < s.length) {
            int esc = indexOfEscape(s, i);
            if (esc < 0) {
                if (out == null) {
                    return s;
                }
                System.arraycopy(s, i, out, n, s.length - i);
                return Arrays.copyOf(out, n + s.length - i);
            }
            if (out == null) {
                out = new byte[s.length];
            }
            System.arraycopy(s, i, out, n, esc - i);
            n += esc - i;
            i = esc + 2;
            while (i < s.length && !TERMINATOR[s[i] & 0xff]) {
                i++;
            }
            i++;
        }
        return out == null ? s : Arrays.copyOf(out, n);
    }

    private static int indexOfEscape(byte[] s, int from) {
        for (int i = from; i + 1 < s.length; i++) {
            if (s[i] == 0x1b && s[i + 1] == '[') {
                return i;
            }
        }
        return -1;
    }
}
