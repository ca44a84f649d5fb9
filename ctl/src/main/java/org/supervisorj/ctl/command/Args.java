package org.supervisorj.ctl.command;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code str.split()}: words separated by runs of whitespace. */
final class Args {
    private Args() {
    }

    static List<String> split(String arg) {
        List<String> words = new ArrayList<>();
        for (String w : arg.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
