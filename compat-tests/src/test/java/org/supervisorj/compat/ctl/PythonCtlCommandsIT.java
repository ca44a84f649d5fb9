package org.supervisorj.compat.ctl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.CommandResult;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.ProjectPaths;
import org.supervisorj.compat.support.RunningSupervisord;
import org.supervisorj.compat.support.Transcripts;

/**
 * Every supervisorctl command, run by the real Python supervisorctl against the reference
 * supervisord and against ours: output and exit status must be the same after normalising.
 */
class PythonCtlCommandsIT {
    private static final Path SCENARIO = ProjectPaths.root().resolve("compat-tests/src/test/resources/rpc/scenario.conf");

    /**
     * Each entry is one supervisorctl invocation; a leading "~N " runs it under a SIGINT after N seconds.
     * "sleep N" is a pause, not a command: after "start oneshot" (which exits 0.2 s later) both servers
     * must have noticed the exit before the next look, and Python's loop notices within a second.
     */
    private static final List<String> COMMANDS = List.of(
            "status", "status sleeper", "status nosuch", "status workers:*", "status sleeper nosuch",
            "pid", "pid sleeper", "pid nosuch", "pid all",
            "avail",
            "start nosuch", "start quick", "start missing", "start oneshot", "sleep 1.5", "status oneshot",
            "start sleeper",
            "stop sleeper", "stop sleeper", "status sleeper", "start sleeper", "restart sleeper",
            "restart workers:*", "stop workers:worker_1", "status workers:*", "start workers:*",
            "signal HUP sleeper", "signal BOGUS sleeper", "signal HUP oneshot", "signal USR1 workers:*",
            "signal", "signal HUP",
            "tail printer", "tail -3 printer", "tail printer stderr", "tail nosuch", "tail printer bogus",
            "~2 tail -f printer",
            "clear printer", "tail printer", "clear nosuch",
            "reread", "update", "update sleeper",
            "stop oneshot", "remove oneshot", "remove oneshot", "avail", "add oneshot", "add oneshot", "add nosuch",
            "version", "help", "help status", "bogus",
            "stop all", "status", "start all", "sleep 1.5", "status",
            "shutdown");

    /**
     * Bulk commands report each process as it finishes; which of several concurrent stops finishes
     * first is up to the OS in both implementations, so their lines are compared as sets.
     */
    private static boolean unordered(String command) {
        return command.contains(" all") || command.contains("*");
    }

    @Test
    void everyCommandBehavesLikeSupervisor(@TempDir Path tmp) throws Exception {
        String scenario = Files.readString(SCENARIO);
        List<String> transcripts = Implementation.both().stream().map(impl -> run(impl, tmp, scenario)).toList();
        Transcripts.assertSame("python-ctl-commands", transcripts.get(0), transcripts.get(1));
    }

    private static String run(Implementation impl, Path tmp, String scenario) {
        StringBuilder transcript = new StringBuilder();
        try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, scenario)) {
            awaitSettled(sd);
            for (String command : COMMANDS) {
                if (command.startsWith("sleep ")) {
                    Thread.sleep((long) (Double.parseDouble(command.substring(6)) * 1000));
                    continue;
                }
                CommandResult r = invoke(sd, command).normalized(sd.normalizer().regex("(?m)^[1-9]\\d*$", "<PID>"));
                String output = r.output();
                if (command.startsWith("~")) {
                    // An interrupted Python client sometimes adds a KeyboardInterrupt traceback, depending on
                    // where the signal lands; what was streamed before it is what we compare.
                    int tb = output.indexOf("Traceback");
                    output = tb < 0 ? output : output.substring(0, tb);
                }
                if (unordered(command)) {
                    output = output.lines().sorted().map(l -> l + "\n").reduce("", String::concat);
                }
                transcript.append("$ supervisorctl ").append(command).append('\n')
                        .append(output).append("[exit ").append(r.exitCode()).append("]\n");
            }
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(impl + ": " + e, e);
        }
        return transcript.toString();
    }

    private static CommandResult invoke(RunningSupervisord sd, String command) {
        if (!command.startsWith("~")) {
            return sd.ctl(command.split(" "));
        }
        String seconds = command.substring(1, command.indexOf(' '));
        List<String> argv = new java.util.ArrayList<>(List.of("timeout", "-s", "INT", seconds,
                Implementation.PYTHON_SUPERVISORCTL.toString(), "-c", sd.config().toString()));
        argv.addAll(List.of(command.substring(command.indexOf(' ') + 1).split(" ")));
        return sd.client(argv, 30);
    }

    /** Autostarted programs: wait until none is STARTING, so both servers are compared in one state. */
    private static void awaitSettled(RunningSupervisord sd) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String status = sd.ctl("status").output();
            if (!status.contains("STARTING") && !status.contains("BACKOFF")) {
                Thread.sleep(300);
                return;
            }
            Thread.sleep(100);
        }
    }
}
