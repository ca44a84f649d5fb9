package org.supervisorj.compat.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervisorj.compat.support.TextFiles.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The signals an init script or logrotate sends, on Python's supervisord and on ours, in the foreground
 * (wherever the reference runs): USR2 reopens the activity log, HUP stops everything and starts again
 * on the re-read config, TERM stops the children and exits. The activity logs are compared line for
 * line. Daemon mode (pidfile, setsid) is {@link DaemonSignalsIT}, on ours.
 */
class SignalsIT {
    private static final Pattern LINE = Pattern.compile("^<TIME> (INFO|WARN|ERRO|CRIT) (.*)$");

    @Test
    void usr2HupAndTermDoWhatTheyDoToSupervisor(@TempDir Path tmp) throws Exception {
        List<String> transcripts = new ArrayList<>();
        for (Implementation impl : Implementation.both()) {
            transcripts.add(run(impl, tmp));
        }
        Transcripts.assertSame("signals", transcripts.get(0), transcripts.get(1));
    }

    private static String run(Implementation impl, Path tmp) throws Exception {
        try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, "[program:steady]\ncommand=sleep 1000\n")) {
            Path log = sd.dir().resolve("supervisord.log");
            Path rotated = sd.dir().resolve("supervisord.log.1");
            Normalizer normalizer = sd.normalizer().regex("with pid \\d+", "with pid N");
            Await.until(impl + ": steady running", Duration.ofSeconds(30), () -> running(sd, "steady"));

            // logrotate's move, then USR2: the next lines go to a new file under the old name.
            Files.move(log, rotated);
            sd.signal("USR2");
            Await.until(impl + ": log reopened", Duration.ofSeconds(30), () -> Files.exists(log));

            Files.writeString(sd.config(), "\n[program:added]\ncommand=sleep 1000\n", StandardOpenOption.APPEND);
            sd.signal("HUP");
            Await.until(impl + ": restarted on the new config", Duration.ofSeconds(30),
                    () -> running(sd, "added") && running(sd, "steady"));

            sd.signal("TERM");
            Await.until(impl + ": exited", Duration.ofSeconds(30), () -> !sd.isAlive());
            String before = read(rotated);
            assertTrue(before.contains("received SIGUSR2 indicating log reopen request"), impl + ": " + before);
            assertFalse(read(log).contains("received SIGUSR2"), impl + ": the reopen request went to the new file");
            return "== before the reopen\n" + transcript(before, normalizer)
                    + "== after\n" + transcript(read(log), normalizer);
        }
    }

    private static boolean running(RunningSupervisord sd, String name) {
        return sd.ctl("status", name).output().matches("(?s)" + name + " +RUNNING.*");
    }

    /**
     * INFO and above, consecutive repeats folded; "waiting for ... to die" lines are left out, as how
     * often they repeat depends on Python's 1-second loop.
     */
    private static String transcript(String log, Normalizer normalizer) {
        StringBuilder out = new StringBuilder();
        String last = null;
        for (String raw : log.split("\n")) {
            Matcher m = LINE.matcher(normalizer.apply(raw));
            if (!m.matches() || m.group(2).startsWith("waiting for ")) {
                continue;
            }
            String line = m.group(1) + " " + m.group(2);
            if (!line.equals(last)) {
                out.append(line).append('\n');
                last = line;
            }
        }
        return out.toString();
    }
}
