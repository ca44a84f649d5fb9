package org.supervisorj.server.log;

import java.util.List;

/** Small Python string idioms whose edge cases log texts depend on. */
final class PyText {
    private PyText() {}

    /** {@code text.rstrip('\n').split('\n')}: every trailing newline dropped, at least one line. */
    static List<String> linesForSyslog(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return List.of(text.substring(0, end).split("\n", -1));
    }
}
