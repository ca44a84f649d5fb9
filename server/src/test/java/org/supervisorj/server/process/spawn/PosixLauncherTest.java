package org.supervisorj.server.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervisorj.server.process.spawn.TestOs.request;
import static org.supervisorj.server.process.spawn.TestOs.sh;
import static org.supervisorj.server.process.spawn.TestOs.spawn;
import static org.supervisorj.server.process.spawn.TestOs.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PosixLauncherTest {
    private static final int SIGTERM = 15;
    private static final String NOT_SPAWNED = "supervisor: child process was not spawned\n";

    private static String[] statFields(int pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static String statusLine(int pid, String key) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith(key + ":")).findFirst().orElseThrow().substring(key.length() + 1).strip();
    }

    private static WaitStatus terminate(SpawnedChild child, Recorder rec) throws Exception {
        assertEquals(0, TestOs.LAUNCHER.kill(child.pid(), SIGTERM));
        return rec.awaitExit();
    }

    @Test
    void childLeadsItsOwnProcessGroupInOurSession() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(request("/bin/sleep", "sleep", "300"), rec);
        String[] child_ = statFields(child.pid());
        String[] self = statFields(Posix.getpid());
        assertEquals(Integer.toString(child.pid()), child_[2], "pgid = pid");
        assertEquals(self[3], child_[3], "same session as the JVM");
        assertEquals("terminated by SIGTERM", terminate(child, rec).text());
    }

    @Test
    void signalMaskEmptyAndOnlyPipeAndFileSizeIgnoredAsUnderCPython() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(request("/bin/sleep", "sleep", "300"), rec);
        assertEquals("0000000000000000", statusLine(child.pid(), "SigBlk"));
        assertEquals("0000000001001000", statusLine(child.pid(), "SigIgn"));
        terminate(child, rec);
    }

    @Test
    void onlyTheThreeStandardFdsAreOpenInTheChild() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(request("/bin/sleep", "sleep", "300"), rec);
        List<String> fds;
        try (Stream<Path> list = Files.list(Path.of("/proc/" + child.pid() + "/fd"))) {
            fds = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("0", "1", "2"), fds);
        assertTrue(Files.readSymbolicLink(Path.of("/proc/" + child.pid() + "/fd/0")).toString().startsWith("pipe:"));
        terminate(child, rec);
    }

    @Test
    void environmentIsExactlyTheGivenOne() throws Exception {
        Recorder rec = new Recorder();
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("FOO", "bar baz");
        env.put("EMPTY", "");
        env.put("UTF", "中é");
        spawn(with(request("/usr/bin/env", "env"), env, Optional.empty(), OptionalInt.empty(), Optional.empty(), false), rec);
        assertEquals("exit status 0", rec.awaitAll(false).text());
        assertEquals("FOO=bar baz\nEMPTY=\nUTF=中é\n", rec.stdout());
    }

    @Test
    void directoryIsTheChildsCwd() throws Exception {
        Recorder rec = new Recorder();
        spawn(with(request("/bin/pwd", "pwd"), Map.of(), Optional.of("/usr/share"), OptionalInt.empty(), Optional.empty(),
                false), rec);
        assertEquals("exit status 0", rec.awaitAll(false).text());
        assertEquals("/usr/share\n", rec.stdout());
    }

    @Test
    void umaskPrefixSetsTheChildsUmask() throws Exception {
        Recorder rec = new Recorder();
        spawn(with(sh("umask"), Map.of(), Optional.empty(), OptionalInt.of(027), Optional.empty(), false), rec);
        assertEquals("exit status 0", rec.awaitAll(false).text());
        assertEquals("0027\n", rec.stdout());
    }

    @Test
    void deathBySignalIsToldApartFromTheSameExitCode() throws Exception {
        Recorder killed = new Recorder();
        spawn(sh("kill -USR1 $$"), killed);
        Recorder exited = new Recorder();
        spawn(sh("exit 138"), exited);
        WaitStatus bySignal = killed.awaitExit();
        assertEquals("terminated by SIGUSR1", bySignal.text());
        assertEquals(-1, bySignal.exitCode());
        assertEquals("exit status 138", exited.awaitExit().text());
        assertEquals(138, exited.awaitExit().exitCode());
    }

    @Test
    void signallingTheProcessGroupTakesGrandchildrenToo() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(sh("sleep 300 & a=$!; sleep 300 & echo $a $!; wait"), rec);
        while (!rec.stdout().endsWith("\n")) {
            Thread.sleep(5);
        }
        List<Integer> grandchildren = Stream.of(rec.stdout().strip().split(" ")).map(Integer::valueOf).toList();
        assertEquals(0, TestOs.LAUNCHER.kill(-child.pid(), SIGTERM));
        assertEquals("terminated by SIGTERM", rec.awaitAll(false).text());
        for (int pid : grandchildren) {
            // Orphans are reparented to init; they are gone or zombies once dead.
            while (isAlive(pid)) {
                Thread.sleep(10);
            }
        }
        assertEquals(Posix.ESRCH, TestOs.LAUNCHER.kill(child.pid(), SIGTERM), "a reaped pid is gone");
    }

    private static boolean isAlive(int pid) throws IOException {
        try {
            return !statFields(pid)[0].equals("Z");
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    @Test
    void stderrGoesToItsOwnPipeOrIntoStdoutWhenRedirected() throws Exception {
        Recorder separate = new Recorder();
        spawn(sh("echo out; echo err >&2"), separate);
        separate.awaitAll(false);
        assertEquals("out\n", separate.stdout());
        assertEquals("err\n", separate.stderr());

        Recorder redirected = new Recorder();
        SpawnedChild child = spawn(with(sh("echo out; echo err >&2"), Map.of(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), true), redirected);
        redirected.awaitAll(true);
        assertEquals("out\nerr\n", redirected.stdout());
        assertEquals(1, child.outputs().size());
        assertFalse(redirected.stderrEof.isDone());
    }

    /**
     * The pipe thread is held up while a child writes its last words and exits: its exit is still
     * reported only after those words, as Supervisor reads a dead child's pipes before it handles the exit.
     */
    @Test
    void exitIsReportedAfterTheOutputWrittenBeforeIt() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (PipePump pump = new PipePump(1)) {
            PosixLauncher launcher = new PosixLauncher(pump);
            Recorder blocker = new Recorder() {
                @Override
                public void onOutput(OutputChannel channel, byte[] data) {
                    super.onOutput(channel, data);
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            launcher.spawn(sh("echo hold"), blocker);
            Recorder last = new Recorder();
            // The grandchild keeps the pipe open, so no EOF comes before the exit either.
            SpawnedChild child = launcher.spawn(sh("printf 'last words'; sleep 2 & exit 0"), last);
            while (Files.exists(Path.of("/proc/" + child.pid()))) {
                Thread.sleep(10); // until the reaper has reaped it (a zombie keeps its /proc entry)
            }
            release.countDown();
            assertEquals("exit status 0", last.awaitExit().text());
            assertEquals("last words".length(), last.stdoutBytesAtExit());
            blocker.awaitExit();
        } finally {
            release.countDown();
        }
    }

    @Test
    void fiftyChildrenWritingAtOnceLoseNothing() throws Exception {
        List<Recorder> recs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Recorder rec = new Recorder();
            spawn(sh("head -c 300000 /dev/zero; head -c 7000 /dev/zero >&2; head -c 1000 /dev/zero"), rec);
            recs.add(rec);
        }
        for (Recorder rec : recs) {
            assertEquals("exit status 0", rec.awaitAll(false).text());
            assertEquals(301_000, rec.stdoutBytes());
            assertEquals(7_000, rec.stderrBytes());
        }
    }

    @Test
    void manyQuickExitsAreEachReapedOnce() throws Exception {
        List<Recorder> recs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Recorder rec = new Recorder();
            spawn(request("/bin/sh", "sh", "-c", "exit " + (i % 7)), rec);
            recs.add(rec);
        }
        for (int i = 0; i < recs.size(); i++) {
            assertEquals("exit status " + (i % 7), recs.get(i).awaitExit().text());
        }
    }

    @Test
    void missingDirectoryLooksLikeSupervisorsChildFailingToChdir() throws Exception {
        List<ChildReaper.UnknownExit> unknown = new CopyOnWriteArrayList<>();
        ChildReaper.instance().onUnknownExit(unknown::add);
        try {
            for (int i = 0; i < 10; i++) {
                Recorder rec = new Recorder();
                SpawnedChild child = spawn(with(request("/bin/echo", "echo", "hi"), Map.of(), Optional.of("/nonexistent/dir"),
                        OptionalInt.empty(), Optional.empty(), false), rec);
                String text = "supervisor: couldn't chdir to /nonexistent/dir: ENOENT\n" + NOT_SPAWNED;
                assertEquals(Optional.of(text), child.setupFailure());
                assertEquals("exit status 127", rec.awaitAll(false).text());
                assertEquals(text, rec.stderr());
                assertEquals("", rec.stdout());
            }
            // glibc reaps its own failed helper child; the reaper must not report it as unknown.
            Recorder last = new Recorder();
            spawn(request("/bin/true", "true"), last);
            last.awaitExit();
            assertEquals(List.of(), unknown);
        } finally {
            ChildReaper.instance().onUnknownExit(e -> { });
        }
    }

    @Test
    void failedExecLooksLikeSupervisorsChildFailingToExec() throws Exception {
        Path script = Files.createTempFile("noshebang", ".bin");
        try {
            Files.write(script, new byte[] {0x7f, 'X', 'Y', 'Z', 0, 0, 0});
            script.toFile().setExecutable(true);
            Recorder rec = new Recorder();
            spawn(request(script.toString(), "prog"), rec);
            assertEquals("exit status 127", rec.awaitAll(false).text());
            assertEquals("supervisor: couldn't exec prog: ENOEXEC\n" + NOT_SPAWNED, rec.stderr());
        } finally {
            Files.delete(script);
        }
    }

    @Test
    void stdinReachesTheChildAndLargeWritesAreBuffered() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(request("/bin/cat", "cat"), rec);
        child.stdin().write("hello\n".getBytes());
        byte[] big = new byte[1 << 20];
        child.stdin().write(big);
        while (child.stdin().pendingBytes() > 0) {
            Thread.sleep(5);
        }
        child.stdin().close();
        assertEquals("exit status 0", rec.awaitAll(false).text());
        assertEquals(6 + (1 << 20), rec.stdoutBytes());
        assertTrue(rec.stdout().startsWith("hello\n"));
    }

    @Test
    void writingToAChildThatClosedStdinFailsAsClosed() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(sh("exec 0<&-; echo closed; sleep 300"), rec);
        while (rec.stdout().isEmpty()) {
            Thread.sleep(5);
        }
        org.junit.jupiter.api.Assertions.assertThrows(ChildStdin.ClosedException.class, () -> child.stdin().write(new byte[] {1}));
        assertFalse(child.stdin().isOpen());
        terminate(child, rec);
    }

    @Test
    void userSwitchRunsTheChildAsThatUser() throws Exception {
        Recorder rec = new Recorder();
        SpawnedChild child = spawn(with(sh("id -u; id -g"), Map.of("PATH", "/usr/bin:/bin"), Optional.empty(),
                OptionalInt.empty(), Optional.of(new SpawnRequest.User(65534, 65534, "nobody")), false), rec);
        WaitStatus status = rec.awaitAll(false);
        if (Posix.getuid() == 0) {
            assertEquals("exit status 0", status.text());
            assertEquals("65534\n65534\n", rec.stdout());
            assertEquals(Optional.empty(), child.setupFailure());
        } else {
            assertEquals("exit status 127", status.text());
            assertEquals("supervisor: couldn't setuid to 65534: Can't drop privilege as nonroot user\n" + NOT_SPAWNED,
                    rec.stderr());
        }
    }

    @Test
    void sameUserNeedsNoSwitch() throws Exception {
        Recorder rec = new Recorder();
        int uid = Posix.getuid();
        spawn(with(sh("id -u"), Map.of("PATH", "/usr/bin:/bin"), Optional.empty(), OptionalInt.empty(),
                Optional.of(new SpawnRequest.User(uid, 0, "me")), false), rec);
        assertEquals("exit status 0", rec.awaitAll(false).text());
        assertEquals(uid + "\n", rec.stdout());
    }
}
