package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The pipes of one child being spawned. Every end is close-on-exec (the child gets copies through
 * dup2, which clears the flag), and our ends are non-blocking, as supervisor's are; the child's ends
 * stay blocking.
 */
final class Pipes {
    int stdinRead = -1;
    int stdinWrite = -1;
    int stdoutRead = -1;
    int stdoutWrite = -1;
    int stderrRead = -1;
    int stderrWrite = -1;

    private Pipes() {
    }

    static Pipes open(boolean redirectStderr) throws SpawnException {
        Pipes p = new Pipes();
        try {
            int[] in = pipe();
            p.stdinRead = in[0];
            p.stdinWrite = in[1];
            int[] out = pipe();
            p.stdoutRead = out[0];
            p.stdoutWrite = out[1];
            if (!redirectStderr) {
                int[] err = pipe();
                p.stderrRead = err[0];
                p.stderrWrite = err[1];
            }
            nonBlocking(p.stdinWrite);
            nonBlocking(p.stdoutRead);
            if (p.stderrRead >= 0) {
                nonBlocking(p.stderrRead);
            }
            return p;
        } catch (SpawnException e) {
            p.closeAll();
            throw e;
        }
    }

    private static int[] pipe() throws SpawnException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fds = arena.allocate(JAVA_INT, 2);
            LibC.Result r = LibC.pipe2(fds, LibC.O_CLOEXEC);
            if (r.failed()) {
                throw new SpawnException(SpawnException.Stage.PIPES, r.errno());
            }
            return new int[] {fds.getAtIndex(JAVA_INT, 0), fds.getAtIndex(JAVA_INT, 1)};
        }
    }

    private static void nonBlocking(int fd) throws SpawnException {
        LibC.Result flags = LibC.fcntl(fd, LibC.F_GETFL, 0);
        if (flags.failed()) {
            throw new SpawnException(SpawnException.Stage.PIPES, flags.errno());
        }
        LibC.Result set = LibC.fcntl(fd, LibC.F_SETFL, flags.intValue() | LibC.O_NONBLOCK);
        if (set.failed()) {
            throw new SpawnException(SpawnException.Stage.PIPES, set.errno());
        }
    }

    /** After the spawn: the child has its copies, ours must go or EOF would never come. */
    void closeChildEnds() {
        stdinRead = close(stdinRead);
        stdoutWrite = close(stdoutWrite);
        stderrWrite = close(stderrWrite);
    }

    void closeAll() {
        closeChildEnds();
        stdinWrite = close(stdinWrite);
        stdoutRead = close(stdoutRead);
        stderrRead = close(stderrRead);
    }

    private static int close(int fd) {
        if (fd >= 0) {
            LibC.close(fd);
        }
        return -1;
    }
}
