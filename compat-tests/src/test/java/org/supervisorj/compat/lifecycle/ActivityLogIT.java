package org.supervisorj.compat.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.Await;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.Normalizer;
import org.supervisorj.compat.support.RunningSupervisord;
import org.supervisorj.compat.support.Transcripts;

/**
 * The activity log operators grep: one scenario that walks every state transition with real
 * children (spec §7), run on Python's supervisord and on ours, and the INFO-and-above messages of
 * each program compared line for line.
 */
class ActivityLogIT {
    private static final String PROGRAMS = """
            [program:steady]
            command=sleep 1000
            startsecs=1

            [program:quick]
            command=sh -c 'exit 3'
            startsecs=1
            startretries=2

            [program:missing]
            command=/nonexistent/program
            startretries=1

            [program:finisher]
            command=sh -c 'sleep 2.5; exit 0'
            startsecs=1
            autorestart=unexpected

            [program:failer]
            command=sh -c 'sleep 2.5; exit 5'
            startsecs=1
            autorestart=false

            [program:stubborn]
            command=sh -c 'trap "" TERM; while :; do sleep 0.2; done'
            startsecs=0
            stopwaitsecs=1
            """;

    private static final Pattern LINE = Pattern.compile("^<TIME> (INFO|WARN|ERRO|CRIT) (.*)$");
    private static final List<String> PROGRAM_NAMES = List.of("steady", "quick", "missing", "finisher", "failer", "stubborn");

    @Test
    void everyTransitionLogsWhatSupervisorLogs(@TempDir Path tmp) throws Exception {
        List<String> transcripts = new ArrayList<>();
        for (Implementation impl : Implementation.both()) {
            transcripts.add(run(impl, tmp));
        }
        Transcripts.assertSame("activity-log", transcripts.get(0), transcripts.get(1));
    }

    private static String run(Implementation impl, Path tmp) throws Exception {
        Path log;
        Normalizer normalizer;
        try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, PROGRAMS)) {
            log = sd.dir().resolve("supervisord.log");
            normalizer = sd.normalizer().regex("\\(pid \\d+\\)|\\(\\d+\\)", "(N)").regex("with pid \\d+", "with pid N");
            Await.until(impl + ": the scenario settles", Duration.ofSeconds(60), () -> {
                String status = sd.ctl("status").output();
                return status.matches("(?s).*quick +FATAL.*") && status.matches("(?s).*missing +FATAL.*")
                        && status.matches("(?s).*finisher +EXITED.*") && status.matches("(?s).*failer +EXITED.*")
                        && status.matches("(?s).*steady +RUNNING.*") && status.matches("(?s).*stubborn +RUNNING.*");
            });
            // stubborn ignores SIGTERM: the stop escalates to SIGKILL after stopwaitsecs.
            sd.ctl("stop", "stubborn");
        }
        // steady is stopped by the shutdown that closing the server started.
        return transcript(Files.readAllLines(log), normalizer);
    }

    /**
     * Per program, its messages in order; then supervisord's own. Consecutive repeats are folded,
     * because how often a "waiting for" line repeats depends on the poll interval (1 s in Python's
     * loop), which is not behaviour anyone relies on.
     */
    private static String transcript(List<String> logLines, Normalizer normalizer) {
        Map<String, List<String>> byProgram = new LinkedHashMap<>();
        PROGRAM_NAMES.forEach(name -> byProgram.put(name, new ArrayList<>()));
        byProgram.put("(supervisord)", new ArrayList<>());
        for (String raw : logLines) {
            Matcher m = LINE.matcher(normalizer.apply(raw));
            if (!m.matches()) {
                continue;
            }
            String message = m.group(1) + " " + m.group(2);
            List<String> bucket = byProgram.get(programOf(m.group(2)));
            if (bucket.isEmpty() || !bucket.getLast().equals(message)) {
                bucket.add(message);
            }
        }
        StringBuilder out = new StringBuilder();
        byProgram.forEach((name, messages) -> {
            out.append("== ").append(name).append('\n');
            messages.forEach(msg -> out.append(msg).append('\n'));
        });
        return out.toString();
    }

    private static String programOf(String message) {
        for (String name : PROGRAM_NAMES) {
            if (Pattern.compile("\\b'?" + name + "'?\\b").matcher(message).find()) {
                return name;
            }
        }
        return "(supervisord)";
    }
}
