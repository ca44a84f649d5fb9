package org.supervisorj.server.http.ui;

import java.nio.charset.StandardCharsets;

/**
 * Python's {@code urllib.parse.quote(s)} with its default {@code safe='/'}: Supervisor builds its
 * redirect {@code ?message=} and its tail links with it, so the same bytes appear in our Location headers.
 */
final class PyQuote {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PyQuote() {
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_.-~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
