package org.supervisorj.server.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PosixTest {
    @Test
    void errnoNamesAreWhatPythonsErrorcodeSays() {
        assertEquals("ENOENT", Posix.errnoName(2));
        assertEquals("EAGAIN", Posix.errnoName(11));
        assertEquals("No such process", Posix.errnoDescription(3));
        assertEquals("4242", Posix.errnoName(4242));
    }

    @Test
    void killReportsEsrchForAMissingProcessAndRefusesBroadcasts() {
        assertEquals(Posix.ESRCH, Posix.kill(Integer.MAX_VALUE - 1, 0));
        assertEquals(0, Posix.kill(Posix.getpid(), 0));
        assertThrows(IllegalArgumentException.class, () -> Posix.kill(-1, 9));
        assertThrows(IllegalArgumentException.class, () -> Posix.kill(0, 9));
    }

    @Test
    void rlimitsRoundTrip() {
        Posix.Rlimit nofile = Posix.getrlimit(Posix.RLIMIT_NOFILE);
        assertEquals(0, Posix.setrlimit(Posix.RLIMIT_NOFILE, nofile));
        assertEquals(nofile, Posix.getrlimit(Posix.RLIMIT_NOFILE));
        String limits = readLimits();
        assertEquals(true, limits.contains(" " + nofile.soft() + " "), limits);
    }

    private static String readLimits() {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(l -> l.startsWith("Max open files")).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void umaskSetsAndReturnsThePrevious() {
        int before = Posix.umask(027);
        try {
            assertEquals(027, Posix.umask(027));
        } finally {
            Posix.umask(before);
        }
    }

    @Test
    void idsAndHostname() throws Exception {
        assertEquals(ProcessHandle.current().pid(), Posix.getpid());
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname")).strip(), Posix.hostname());
        assertEquals(Posix.getuid(), (int) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
