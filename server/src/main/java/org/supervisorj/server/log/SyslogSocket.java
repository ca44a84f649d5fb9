package org.supervisorj.server.log;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Sends messages to the local syslog daemon the way glibc's {@code syslog(LOG_INFO, "%s", msg)} does
 * after Python's implicit {@code openlog(basename(argv[0]), 0, LOG_USER)}: one datagram
 * {@code <14>Mmm dd HH:MM:SS ident: message} on the AF_UNIX socket {@code /dev/log} (a stream socket,
 * with a trailing NUL, if the daemon only offers that). The JDK has no AF_UNIX datagram channel, hence
 * the few raw calls here.
 *
 * <p>When the socket is missing or refuses, the message is dropped and the next one retries the
 * connection, as glibc does. Deviation from 4.2.5: sends never block ({@code MSG_DONTWAIT}); a full
 * syslog queue drops the message instead of stalling supervisord.
 */
final class SyslogSocket {
    static final Path DEV_LOG = Path.of("/dev/log");
    static final String IDENT = "supervisord";

    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int EPROTOTYPE = 91;
    private static final int MSG_DONTWAIT = 0x40;
    private static final int MSG_NOSIGNAL = 0x4000;
    private static final int SUN_PATH_MAX = 108;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss ", Locale.ROOT);

    private final Path socketPath;
    private final InstantSource clock;
    private final ZoneId zone;
    private int fd = -1;
    private boolean stream;

    SyslogSocket(Path socketPath, InstantSource clock, ZoneId zone) {
        this.socketPath = socketPath;
        this.clock = clock;
        this.zone = zone;
    }

    /** The bytes glibc would put on the wire for {@code message}. */
    byte[] frame(String message, boolean withNul) {
        String text = "<14>" + STAMP.format(clock.instant().atZone(zone)) + IDENT + ": " + message;
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (!withNul) {
            return b;
        }
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return z;
    }

    synchronized void send(String message) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (fd < 0 && !connect()) {
                return;
            }
            if (Native.send(fd, frame(message, stream)) >= 0) {
                return;
            }
            disconnect();
        }
    }

    synchronized void close() {
        disconnect();
    }

    private boolean connect() {
        byte[] path = socketPath.toString().getBytes(StandardCharsets.UTF_8);
        if (path.length >= SUN_PATH_MAX) {
            return false;
        }
        for (int type : new int[] {SOCK_DGRAM, SOCK_STREAM}) {
            int s = Native.socket(type | SOCK_CLOEXEC);
            if (s < 0) {
                return false;
            }
            int err = Native.connect(s, path);
            if (err == 0) {
                fd = s;
                stream = type == SOCK_STREAM;
                return true;
            }
            Native.close(s);
            if (err != EPROTOTYPE) {
                return false;
            }
        }
        return false;
    }

    private void disconnect() {
        if (fd >= 0) {
            Native.close(fd);
            fd = -1;
        }
    }

    /** The four glibc calls, each returning -1 (or the errno for connect) on failure. */
    private static final class Native {
        private static final Linker LINKER = Linker.nativeLinker();
        private static final MemoryLayout CAPTURE = Linker.Option.captureStateLayout();
        private static final VarHandle ERRNO =
                CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        private static final MethodHandle SOCKET = handle("socket",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
        private static final MethodHandle CONNECT = handle("connect",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT),
                Linker.Option.captureCallState("errno"));
        private static final MethodHandle SEND = handle("send",
                FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        private static final MethodHandle CLOSE = handle("close",
                FunctionDescriptor.of(JAVA_INT, JAVA_INT));

        private static MethodHandle handle(String name, FunctionDescriptor fd, Linker.Option... options) {
            return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), fd, options);
        }

        static int socket(int type) {
            try {
                return (int) SOCKET.invokeExact(AF_UNIX, type, 0);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        static int connect(int fd, byte[] path) {
            try (var arena = Arena.ofConfined()) {
                MemorySegment addr = arena.allocate(2 + SUN_PATH_MAX);
                addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
                MemorySegment.copy(path, 0, addr, ValueLayout.JAVA_BYTE, 2, path.length);
                MemorySegment state = arena.allocate(CAPTURE);
                int rc = (int) CONNECT.invokeExact(state, fd, addr, 2 + path.length + 1);
                return rc == 0 ? 0 : (int) ERRNO.get(state, 0L);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        static long send(int fd, byte[] data) {
            try (var arena = Arena.ofConfined()) {
                MemorySegment buf = arena.allocateFrom(ValueLayout.JAVA_BYTE, data);
                return (long) SEND.invokeExact(fd, buf, (long) data.length, MSG_DONTWAIT | MSG_NOSIGNAL);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        static void close(int fd) {
            try {
                int ignored = (int) CLOSE.invokeExact(fd);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
