package org.supervisorj.ctl.command;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Python's {@code int(text)} for the byte counts of tail and maintail. */
final class PyInt {
    private static final Pattern INT = Pattern.compile("[+-]?\\d+(_\\d+)*");

    private PyInt() {
    }

    static OptionalLong parse(String text) {
        String s = text.strip();
        if (!INT.matcher(s).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s.replace("_", "").replace("+", "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
