package org.supervisorj.ctl.output;

/** Python's str length and padding, which count code points rather than UTF-16 units. */
public final class Text {
    private Text() {
    }

    public static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code '%-Ns' % s} and {@code s.ljust(n)}. */
    public static String ljust(String s, int n) {
        int pad = n - width(s);
        return pad <= 0 ? s : s + " ".repeat(pad);
    }
}
