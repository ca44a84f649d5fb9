package org.supervisorj.server.text;

/**
 * Python 3's {@code repr()} of str and bytes: Supervisor builds many of its texts with {@code %r}
 * (config errors, spawn errors, log lines, event payloads). Printability of non-ASCII code points
 * follows str.isprintable through Java's Unicode tables, so a code point assigned in one Unicode
 * version but not the other may be quoted differently.
 */
public final class PyRepr {
    private PyRepr() {}

    public static String of(String s) {
        char quote = quoteFor(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        var out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == '\\' || cp == quote) {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x7f ? cp >= 0x20 : isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp < 0x100) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    public static String of(byte[] b) {
        boolean single = false, dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = quoteFor(single, dbl);
        var out = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int v = x & 0xff;
            if (v == '\\' || v == quote) {
                out.append('\\').append((char) v);
            } else if (v == '\t') {
                out.append("\\t");
            } else if (v == '\n') {
                out.append("\\n");
            } else if (v == '\r') {
                out.append("\\r");
            } else if (v >= 0x20 && v < 0x7f) {
                out.append((char) v);
            } else {
                out.append(String.format("\\x%02x", v));
            }
        }
        return out.append(quote).toString();
    }

    private static char quoteFor(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    /** Approximates Python's str.isprintable() for one non-ASCII code point. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
