package org.supervisorj.server.process.spawn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * Raw glibc downcalls (Linux x86_64 / aarch64, glibc >= 2.34), one handle per function. The
 * wrappers return the C result unchanged; calls that report through errno return it through
 * {@link Errno} so that no JVM activity between the call and the read can clobber it.
 *
 * <p>Struct sizes are deliberately generous: glibc's {@code posix_spawnattr_t} is 336 bytes,
 * {@code posix_spawn_file_actions_t} 80 and {@code sigset_t} 128 on x86_64.
 */
final class LibC {
    static final int POSIX_SPAWN_SETPGROUP = 0x02;
    static final int POSIX_SPAWN_SETSIGDEF = 0x04;
    static final int POSIX_SPAWN_SETSIGMASK = 0x08;

    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    static final int F_GETFL = 3;
    static final int F_SETFL = 4;

    static final int EINTR = 4;
    static final int EAGAIN = 11;
    static final int ECHILD = 10;
    static final int EPIPE = 32;

    static final int P_ALL = 0;
    static final int WNOHANG = 1;
    static final int WEXITED = 4;
    static final int WNOWAIT = 0x01000000;
    /** Offset of {@code si_pid} in a 64-bit {@code siginfo_t} (3 ints + padding). */
    static final long SIGINFO_PID_OFFSET = 16;
    static final long SIGINFO_SIZE = 128;

    static final long SPAWNATTR_SIZE = 512;
    static final long FILE_ACTIONS_SIZE = 256;
    static final long SIGSET_SIZE = 128;

    static final int SIGPIPE = 13;
    static final int SIGXFSZ = 25;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final Linker.Option ERRNO = Linker.Option.captureCallState("errno");
    private static final MemoryLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO_HANDLE =
            CAPTURE_LAYOUT.varHandle(MemoryLayout.PathElement.groupElement("errno"));

    static {
        // Fail on the first use with a sentence, not with an UnsatisfiedLinkError from deep inside.
        for (String required : new String[] {"posix_spawn_file_actions_addclosefrom_np",
                "posix_spawn_file_actions_addchdir_np", "strerrorname_np", "epoll_create1", "waitid"}) {
            if (LOOKUP.find(required).isEmpty()) {
                throw new UnsupportedOperationException("supervisorj needs glibc >= 2.34 on Linux: " + required
                        + " is missing from this C library");
            }
        }
    }

    private static final MethodHandle POSIX_SPAWN = fn("posix_spawn", JAVA_INT, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS, ADDRESS);
    private static final MethodHandle ATTR_INIT = fn("posix_spawnattr_init", JAVA_INT, ADDRESS);
    private static final MethodHandle ATTR_DESTROY = fn("posix_spawnattr_destroy", JAVA_INT, ADDRESS);
    private static final MethodHandle ATTR_SETFLAGS = fn("posix_spawnattr_setflags", JAVA_INT, ADDRESS, JAVA_SHORT);
    private static final MethodHandle ATTR_SETPGROUP = fn("posix_spawnattr_setpgroup", JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle ATTR_SETSIGMASK = fn("posix_spawnattr_setsigmask", JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle ATTR_SETSIGDEFAULT = fn("posix_spawnattr_setsigdefault", JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle FA_INIT = fn("posix_spawn_file_actions_init", JAVA_INT, ADDRESS);
    private static final MethodHandle FA_DESTROY = fn("posix_spawn_file_actions_destroy", JAVA_INT, ADDRESS);
    private static final MethodHandle FA_ADDDUP2 = fn("posix_spawn_file_actions_adddup2", JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    private static final MethodHandle FA_ADDCLOSEFROM = fn("posix_spawn_file_actions_addclosefrom_np", JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle FA_ADDCHDIR = fn("posix_spawn_file_actions_addchdir_np", JAVA_INT, ADDRESS, ADDRESS);
    private static final MethodHandle SIGEMPTYSET = fn("sigemptyset", JAVA_INT, ADDRESS);
    private static final MethodHandle SIGNAL = fn("signal", ADDRESS, JAVA_INT, ADDRESS);

    private static final MethodHandle PIPE2 = errnoFn("pipe2", JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle FCNTL = LINKER.downcallHandle(symbol("fcntl"),
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT), ERRNO, Linker.Option.firstVariadicArg(2));
    private static final MethodHandle CLOSE = errnoFn("close", JAVA_INT, JAVA_INT);
    private static final MethodHandle READ = errnoFn("read", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    private static final MethodHandle WRITE = errnoFn("write", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
    private static final MethodHandle KILL = errnoFn("kill", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle WAITID = errnoFn("waitid", JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle WAITPID = errnoFn("waitpid", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle EPOLL_CREATE1 = errnoFn("epoll_create1", JAVA_INT, JAVA_INT);
    private static final MethodHandle EPOLL_CTL = errnoFn("epoll_ctl", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS);
    private static final MethodHandle EPOLL_WAIT = errnoFn("epoll_wait", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    private static final MethodHandle EVENTFD = errnoFn("eventfd", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle GETRLIMIT = errnoFn("getrlimit", JAVA_INT, JAVA_INT, ADDRESS);
    private static final MethodHandle SETRLIMIT = errnoFn("setrlimit", JAVA_INT, JAVA_INT, ADDRESS);
    private static final MethodHandle GETHOSTNAME = errnoFn("gethostname", JAVA_INT, ADDRESS, JAVA_LONG);
    private static final MethodHandle ACCESS = errnoFn("access", JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle UMASK = fn("umask", JAVA_INT, JAVA_INT);
    private static final MethodHandle OPEN = errnoFn("open", JAVA_INT, ADDRESS, JAVA_INT);
    private static final MethodHandle DUP2 = errnoFn("dup2", JAVA_INT, JAVA_INT, JAVA_INT);
    private static final MethodHandle GETUID = fn("getuid", JAVA_INT);
    private static final MethodHandle GETEUID = fn("geteuid", JAVA_INT);
    private static final MethodHandle GETPID = fn("getpid", JAVA_INT);
    private static final MethodHandle STRERRORNAME = fn("strerrorname_np", ADDRESS, JAVA_INT);
    private static final MethodHandle STRERRORDESC = fn("strerrordesc_np", ADDRESS, JAVA_INT);

    private LibC() {
    }

    private static MemorySegment symbol(String name) {
        return LOOKUP.find(name).orElseThrow(() -> new UnsupportedOperationException(
                "supervisorj needs glibc >= 2.34 on Linux: " + name + " is missing from this C library"));
    }

    private static MethodHandle fn(String name, MemoryLayout result, MemoryLayout... args) {
        return LINKER.downcallHandle(symbol(name), FunctionDescriptor.of(result, args));
    }

    private static MethodHandle fn(String name, MemoryLayout result) {
        return LINKER.downcallHandle(symbol(name), FunctionDescriptor.of(result));
    }

    private static MethodHandle errnoFn(String name, MemoryLayout result, MemoryLayout... args) {
        return LINKER.downcallHandle(symbol(name), FunctionDescriptor.of(result, args), ERRNO);
    }

    /** A result and the errno captured right after the call (meaningful only when the result says failure). */
    record Result(long value, int errno) {
        boolean failed() {
            return value < 0;
        }

        int intValue() {
            return (int) value;
        }
    }

    static MemorySegment allocateCaptureState(Arena arena) {
        return arena.allocate(CAPTURE_LAYOUT);
    }

    private static int errnoOf(MemorySegment capture) {
        return (int) ERRNO_HANDLE.get(capture, 0L);
    }

    /** Invokes an errno-capturing handle; the capture segment is prepended to the arguments. */
    private static Result call(MethodHandle handle, Object... args) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment capture = allocateCaptureState(arena);
            Object[] full = new Object[args.length + 1];
            full[0] = capture;
            System.arraycopy(args, 0, full, 1, args.length);
            Object raw = handle.invokeWithArguments(full);
            long value = raw instanceof Integer i ? i : (Long) raw;
            return new Result(value, value < 0 ? errnoOf(capture) : 0);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static int plain(MethodHandle handle, Object... args) {
        try {
            return (int) handle.invokeWithArguments(args);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static MemorySegment address(MethodHandle handle, Object... args) {
        try {
            return (MemorySegment) handle.invokeWithArguments(args);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("native call failed", t);
    }

    // posix_spawn family: these return the error number instead of setting errno.
    static int posixSpawn(MemorySegment pid, MemorySegment path, MemorySegment fa, MemorySegment attr,
            MemorySegment argv, MemorySegment envp) {
        return plain(POSIX_SPAWN, pid, path, fa, attr, argv, envp);
    }

    static int attrInit(MemorySegment attr) {
        return plain(ATTR_INIT, attr);
    }

    static int attrDestroy(MemorySegment attr) {
        return plain(ATTR_DESTROY, attr);
    }

    static int attrSetFlags(MemorySegment attr, int flags) {
        return plain(ATTR_SETFLAGS, attr, (short) flags);
    }

    static int attrSetPgroup(MemorySegment attr, int pgroup) {
        return plain(ATTR_SETPGROUP, attr, pgroup);
    }

    static int attrSetSigmask(MemorySegment attr, MemorySegment set) {
        return plain(ATTR_SETSIGMASK, attr, set);
    }

    static int attrSetSigdefault(MemorySegment attr, MemorySegment set) {
        return plain(ATTR_SETSIGDEFAULT, attr, set);
    }

    static int faInit(MemorySegment fa) {
        return plain(FA_INIT, fa);
    }

    static int faDestroy(MemorySegment fa) {
        return plain(FA_DESTROY, fa);
    }

    static int faAddDup2(MemorySegment fa, int fd, int newFd) {
        return plain(FA_ADDDUP2, fa, fd, newFd);
    }

    static int faAddClosefrom(MemorySegment fa, int from) {
        return plain(FA_ADDCLOSEFROM, fa, from);
    }

    static int faAddChdir(MemorySegment fa, MemorySegment path) {
        return plain(FA_ADDCHDIR, fa, path);
    }

    static int sigemptyset(MemorySegment set) {
        return plain(SIGEMPTYSET, set);
    }

    /** {@code signal(sig, SIG_IGN)}; SIG_IGN is the address 1. */
    static void ignoreSignal(int signal) {
        address(SIGNAL, signal, MemorySegment.ofAddress(1));
    }

    static Result pipe2(MemorySegment fds, int flags) {
        return call(PIPE2, fds, flags);
    }

    static Result fcntl(int fd, int cmd, int arg) {
        return call(FCNTL, fd, cmd, arg);
    }

    static Result close(int fd) {
        return call(CLOSE, fd);
    }

    static Result read(int fd, MemorySegment buffer, long count) {
        return call(READ, fd, buffer, count);
    }

    static Result write(int fd, MemorySegment buffer, long count) {
        return call(WRITE, fd, buffer, count);
    }

    static Result kill(int pid, int signal) {
        return call(KILL, pid, signal);
    }

    static Result waitid(int idType, int id, MemorySegment siginfo, int options) {
        return call(WAITID, idType, id, siginfo, options);
    }

    static Result waitpid(int pid, MemorySegment status, int options) {
        return call(WAITPID, pid, status, options);
    }

    static Result epollCreate1(int flags) {
        return call(EPOLL_CREATE1, flags);
    }

    static Result epollCtl(int epfd, int op, int fd, MemorySegment event) {
        return call(EPOLL_CTL, epfd, op, fd, event);
    }

    static Result epollWait(int epfd, MemorySegment events, int maxEvents, int timeoutMillis) {
        return call(EPOLL_WAIT, epfd, events, maxEvents, timeoutMillis);
    }

    static Result eventfd(int initial, int flags) {
        return call(EVENTFD, initial, flags);
    }

    static Result getrlimit(int resource, MemorySegment rlimit) {
        return call(GETRLIMIT, resource, rlimit);
    }

    static Result setrlimit(int resource, MemorySegment rlimit) {
        return call(SETRLIMIT, resource, rlimit);
    }

    static Result gethostname(MemorySegment buffer, long size) {
        return call(GETHOSTNAME, buffer, size);
    }

    static Result access(MemorySegment path, int mode) {
        return call(ACCESS, path, mode);
    }

    /** Points fds 0, 1 and 2 at {@code path} (a daemon's /dev/null). Returns 0 or an errno. */
    static int redirectStdio(String path) {
        try (Arena arena = Arena.ofConfined()) {
            Result fd = call(OPEN, arena.allocateFrom(path), 2 /* O_RDWR */);
            if (fd.value() < 0) {
                return fd.errno();
            }
            for (int target = 0; target <= 2; target++) {
                Result r = call(DUP2, (int) fd.value(), target);
                if (r.value() < 0) {
                    return r.errno();
                }
            }
            if (fd.value() > 2) {
                call(CLOSE, (int) fd.value());
            }
            return 0;
        }
    }

    static int umask(int mask) {
        return plain(UMASK, mask);
    }

    static int getuid() {
        return plain(GETUID);
    }

    static int geteuid() {
        return plain(GETEUID);
    }

    static int getpid() {
        return plain(GETPID);
    }

    /** "ENOENT" for 2; null for an unknown number. Thread-safe (static strings), unlike strerror. */
    static String errnoName(int errno) {
        MemorySegment p = address(STRERRORNAME, errno);
        return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
    }

    /** "No such file or directory" for 2; null for an unknown number. */
    static String errnoDescription(int errno) {
        MemorySegment p = address(STRERRORDESC, errno);
        return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
    }
}
