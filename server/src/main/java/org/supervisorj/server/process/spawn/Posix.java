package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * The small POSIX surface the rest of the server needs besides spawning: signals, limits, ids,
 * and errno texts. Every method is a thin call into glibc through FFM.
 */
public final class Posix {
    public static final int ESRCH = 3;
    public static final int EPERM = 1;
    public static final int RLIMIT_NPROC = 6;
    public static final int RLIMIT_NOFILE = 7;
    /** {@code RLIM_INFINITY} as glibc's unsigned 64-bit value seen through a signed long. */
    public static final long RLIM_INFINITY = -1L;

    private Posix() {
    }

    /**
     * Loads the bindings and checks that glibc has everything we use (>= 2.34).
     *
     * @throws UnsupportedOperationException with a one-line explanation otherwise
     */
    public static void checkPlatform() {
        try {
            LibC.getpid();
        } catch (ExceptionInInitializerError e) {
            if (e.getCause() instanceof UnsupportedOperationException u) {
                throw u;
            }
            throw e;
        }
    }

    /**
     * Makes SIGPIPE and SIGXFSZ ignored in this JVM, so that children inherit them ignored exactly as
     * they do from CPython's supervisord (SigIgn 0x1001000). HotSpot's own handlers for these two only
     * ignore them, so the JVM's behaviour does not change. Idempotent.
     */
    public static void ignorePipeAndFileSizeSignals() {
        LibC.ignoreSignal(LibC.SIGPIPE);
        LibC.ignoreSignal(LibC.SIGXFSZ);
    }

    /** kill(2) on a pid, or on a process group when {@code pid} is negative. Returns 0 or the errno (ESRCH is normal). */
    public static int kill(int pid, int signal) {
        if (pid == 0 || pid == -1) {
            // 0 and -1 would signal our own group or every process we may signal: never what a caller means.
            throw new IllegalArgumentException("refusing kill(" + pid + ", " + signal + ")");
        }
        LibC.Result r = LibC.kill(pid, signal);
        return r.failed() ? r.errno() : 0;
    }

    /** The errno's symbolic name as Python's {@code errno.errorcode} gives it ("ENOENT"), or the number. */
    public static String errnoName(int errno) {
        String name = LibC.errnoName(errno);
        return name == null ? Integer.toString(errno) : name;
    }

    /** The C library's description of an errno ("No such file or directory"), as Python's strerror. */
    public static String errnoDescription(int errno) {
        String text = LibC.errnoDescription(errno);
        return text == null ? "Unknown error " + errno : text;
    }

    /** Soft and hard limit; {@link #RLIM_INFINITY} for unlimited. */
    public record Rlimit(long soft, long hard) {
    }

    public static Rlimit getrlimit(int resource) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rl = arena.allocate(16);
            LibC.Result r = LibC.getrlimit(resource, rl);
            if (r.failed()) {
                throw new IllegalStateException("getrlimit(" + resource + "): " + errnoDescription(r.errno()));
            }
            return new Rlimit(rl.get(JAVA_LONG, 0), rl.get(JAVA_LONG, 8));
        }
    }

    /** Returns 0 or the errno. */
    public static int setrlimit(int resource, Rlimit limit) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment rl = arena.allocate(16);
            rl.set(JAVA_LONG, 0, limit.soft());
            rl.set(JAVA_LONG, 8, limit.hard());
            LibC.Result r = LibC.setrlimit(resource, rl);
            return r.failed() ? r.errno() : 0;
        }
    }

    /** Sets the process umask and returns the previous one. */
    /** Points stdin, stdout and stderr at {@code path}, as a daemon does with /dev/null. Returns 0 or an errno. */
    public static int redirectStdio(String path) {
        return LibC.redirectStdio(path);
    }

    public static int umask(int mask) {
        return LibC.umask(mask);
    }

    public static int getuid() {
        return LibC.getuid();
    }

    public static int geteuid() {
        return LibC.geteuid();
    }

    public static int getpid() {
        return LibC.getpid();
    }

    public static String hostname() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(256);
            LibC.Result r = LibC.gethostname(buf, 255);
            if (r.failed()) {
                throw new IllegalStateException("gethostname: " + errnoDescription(r.errno()));
            }
            return buf.getString(0, StandardCharsets.UTF_8);
        }
    }
}
