package org.supervisorj.compat.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervisorj.compat.support.TextFiles.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.Await;
import org.supervisorj.compat.support.ProjectPaths;
import org.supervisorj.compat.support.RunningSupervisord;
import org.supervisorj.compat.support.UnixXmlRpc;

/**
 * Ours as a daemon (spec §6): the launcher detaches, the pidfile names the process that serves,
 * and the signals an init script sends do what they do to Python's supervisord: USR2 reopens the
 * logs, HUP stops everything and starts again on the re-read config in the same process, TERM stops
 * the children and removes the pidfile and socket. Expectations: spec §5.4 and §6, checked against
 * 4.2.5 when it was written; the same signals in the foreground are compared with the reference
 * itself by {@link SignalsIT}.
 */
class DaemonSignalsIT {
    private static final Pattern INT = Pattern.compile("<(?:int|i4)>(-?\\d+)</(?:int|i4)>");
    private static final Pattern PID_MEMBER = Pattern.compile("<name>pid</name>\\s*<value>\\s*<int>(\\d+)</int>");

    private long daemonPid;

    @AfterEach
    void killLeftovers() {
        if (daemonPid > 0) {
            ProcessHandle.of(daemonPid).ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
        }
    }

    @Test
    void daemonAnswersSignalsLikeSupervisor(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("daemon"));
        Path config = dir.resolve("supervisord.conf");
        Path log = dir.resolve("supervisord.log");
        Path pidfile = dir.resolve("supervisord.pid");
        Path socket = dir.resolve("supervisor.sock");
        Files.writeString(config, RunningSupervisord.HEADER + """
                [program:steady]
                command=sleep 1000
                """);

        // Without -n and with nodaemon unset, the launcher returns once the daemon serves.
        Process launcher = new ProcessBuilder(ProjectPaths.root().resolve("scripts/supervisord").toString(), "-c", config.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("launcher.out").toFile()).start();
        assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "the launcher did not return");
        assertEquals(0, launcher.exitValue(), Files.readString(dir.resolve("launcher.out")));

        String pidText = Files.readString(pidfile);
        assertTrue(pidText.matches("\\d+\n"), "pidfile: " + pidText);
        daemonPid = Long.parseLong(pidText.strip());
        assertNotEquals(launcher.pid(), daemonPid);
        assertTrue(ProcessHandle.of(daemonPid).map(ProcessHandle::isAlive).orElse(false), "daemon not running");
        assertEquals(daemonPid, sessionId(daemonPid), "the daemon leads its own session (setsid)");
        assertEquals(daemonPid, intResult(UnixXmlRpc.call(socket, "supervisor.getPID", "")));
        Await.until("steady running", Duration.ofSeconds(30), () -> pidOf(socket, "steady") > 0);
        assertTrue(read(log).contains("INFO daemonizing the supervisord process"), read(log));
        assertTrue(read(log).contains("INFO supervisord started with pid " + daemonPid), read(log));

        // HotSpot's thread-suspend signal is moved off SIGUSR2 (JFR's sampler would otherwise reopen
        // the logs at every sample), and the launcher's variable is not in the children's environment.
        assertTrue(environ(daemonPid).contains("_JAVA_SR_SIGNUM=39"), "the JVM's suspend signal is not moved");
        assertFalse(environ(pidOf(socket, "steady")).contains("_JAVA_SR_SIGNUM"), "passed on to a child");

        // SIGUSR2: the two messages go to the old file, then the log is reopened under its name.
        Path rotated = dir.resolve("supervisord.log.old");
        Files.move(log, rotated);
        signal("USR2", daemonPid);
        Await.until("log reopened", Duration.ofSeconds(30), () -> Files.exists(log));
        Await.until("reopen logged", Duration.ofSeconds(30), () -> read(rotated).contains("INFO supervisord logreopen"));
        assertTrue(read(rotated).contains("INFO received SIGUSR2 indicating log reopen request"), read(rotated));

        // SIGHUP: everything stops and starts again on the re-read config, in the same process.
        long steadyBefore = pidOf(socket, "steady");
        Files.writeString(config, "\n[program:added]\ncommand=sleep 1000\n", StandardOpenOption.APPEND);
        signal("HUP", daemonPid);
        Await.until("restarted with the new config", Duration.ofSeconds(30), () -> pidOf(socket, "added") > 0 && pidOf(socket, "steady") > 0);
        assertNotEquals(steadyBefore, pidOf(socket, "steady"), "steady was restarted");
        assertFalse(ProcessHandle.of(steadyBefore).map(ProcessHandle::isAlive).orElse(false), "the old steady was stopped");
        assertEquals(daemonPid, intResult(UnixXmlRpc.call(socket, "supervisor.getPID", "")));
        String afterHup = read(rotated) + read(log);
        assertTrue(afterHup.contains("WARN received SIGHUP indicating restart request"), afterHup);
        assertTrue(afterHup.contains("stopped: steady (terminated by SIGTERM)"), afterHup);
        assertEquals(2, count(afterHup, "INFO supervisord started with pid " + daemonPid), afterHup);
        assertEquals(daemonPid + "\n", Files.readString(pidfile));

        // SIGTERM: children stopped, then the pidfile and the socket go with the process.
        List<Long> children = List.of(pidOf(socket, "steady"), pidOf(socket, "added"));
        signal("TERM", daemonPid);
        ProcessHandle handle = ProcessHandle.of(daemonPid).orElseThrow();
        handle.onExit().get(30, TimeUnit.SECONDS);
        for (long child : children) {
            assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false), "child " + child + " outlived supervisord");
        }
        assertFalse(Files.exists(pidfile), "pidfile left behind");
        assertFalse(Files.exists(socket), "socket left behind");
        String end = read(log);
        assertTrue(end.contains("WARN received SIGTERM indicating exit request"), end);
        assertTrue(end.contains("stopped: added (terminated by SIGTERM)"), end);
        daemonPid = 0;
    }

    /**
     * Started from a shell that ignores INT and HUP (as nohup and '&' in scripts do), supervisord still
     * catches them, as Python's does: SIGINT shuts it down.
     */
    @Test
    void signalsIgnoredAtLaunchAreStillHandled(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("ignored"));
        Path config = dir.resolve("supervisord.conf");
        Path log = dir.resolve("supervisord.log");
        Files.writeString(config, RunningSupervisord.HEADER + "[program:steady]\ncommand=sleep 1000\n");
        Process sd = new ProcessBuilder("/bin/sh", "-c", "trap '' INT HUP; exec \"$0\" -n -c \"$1\"",
                ProjectPaths.root().resolve("scripts/supervisord").toString(), config.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
        daemonPid = sd.pid();
        Await.until("started", Duration.ofSeconds(60), () -> read(log).contains("supervisord started with pid " + sd.pid()));
        long caught = Long.parseLong(statusField(sd.pid(), "SigCgt"), 16);
        assertEquals(0b11, caught & 0b11, "HUP and INT caught: SigCgt " + Long.toHexString(caught));
        signal("INT", sd.pid());
        assertTrue(sd.waitFor(30, TimeUnit.SECONDS), "SIGINT did not stop supervisord");
        assertTrue(read(log).contains("WARN received SIGINT indicating exit request"), read(log));
        daemonPid = 0;
    }

    private static String environ(long pid) throws IOException {
        return new String(Files.readAllBytes(Path.of("/proc/" + pid + "/environ")), java.nio.charset.StandardCharsets.UTF_8)
                .replace('\0', '\n');
    }

    private static String statusField(long pid, String key) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(key + ":"))
                .findFirst().orElseThrow().substring(key.length() + 1).strip();
    }

    /** The session id, field 6 of /proc/<pid>/stat (after the parenthesised command name). */
    private static long sessionId(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    private static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -" + name);
    }

    /** The pid of a process as supervisord reports it, 0 when it is not running or not known. */
    private static long pidOf(Path socket, String name) {
        String reply = UnixXmlRpc.call(socket, "supervisor.getProcessInfo", "<param><value><string>" + name + "</string></value></param>");
        Matcher m = PID_MEMBER.matcher(reply);
        return reply.contains("<fault>") || !m.find() ? 0 : Long.parseLong(m.group(1));
    }

    private static long intResult(String reply) {
        Matcher m = INT.matcher(reply);
        assertTrue(m.find(), reply);
        return Long.parseLong(m.group(1));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
