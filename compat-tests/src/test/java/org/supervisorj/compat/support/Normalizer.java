package org.supervisorj.compat.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Makes two runs comparable: replaces what legitimately differs between runs (pids, uptimes,
 * stop dates, temp paths, random AUTO log suffixes, timestamps) by placeholders.
 */
public final class Normalizer implements UnaryOperator<String> {
    private final List<UnaryOperator<String>> steps = new ArrayList<>();

    public static Normalizer forDirectory(String dir) {
        return new Normalizer()
                .literal(dir, "<DIR>")
                .regex("---(\\w+)-[a-z0-9_]{8}\\.log", "---$1-XXXXXXXX.log")
                .regex("pid \\d+", "pid N")
                .regex("pid:\\d+", "pid:N")
                .regex("'pid': \\d+", "'pid': N")
                .regex("uptime \\d+:\\d\\d:\\d\\d", "uptime H:MM:SS")
                .regex("[A-Z][a-z]{2} \\d\\d \\d\\d:\\d\\d [AP]M", "<DATE>")
                .regex("'(start|stop|now)': \\d+", "'$1': T")
                .regex("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}", "<TIME>");
    }

    public Normalizer literal(String text, String replacement) {
        if (!text.isEmpty()) {
            steps.add(s -> s.replace(text, replacement));
        }
        return this;
    }

    public Normalizer regex(String regex, String replacement) {
        Pattern p = Pattern.compile(regex);
        steps.add(s -> p.matcher(s).replaceAll(replacement));
        return this;
    }

    @Override
    public String apply(String s) {
        for (UnaryOperator<String> step : steps) {
            s = step.apply(s);
        }
        return s;
    }
}
