package org.supervisorj.server.config.ini;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python 3 {@code str} operations whose exact results show up in Supervisor's config handling and
 * error texts: {@code isspace}, {@code strip}, {@code split()}, {@code lower} ({@code repr} is {@link org.supervisorj.server.text.PyRepr}).
 */
public final class PyText {
    private PyText() {
    }

    /** Python's str.isspace for one code point (Unicode White_Space plus the separators 0x1c-0x1f). */
    public static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029,
                 0x202f, 0x205f, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200a;
        };
    }

    public static String strip(String s) {
        return rstrip(lstrip(s));
    }

    public static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    public static String rstrip(String s) {
        int j = s.length();
        while (j > 0 && isSpace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(0, j);
    }

    /** str.split() without arguments: runs of whitespace separate, no empty items. */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
