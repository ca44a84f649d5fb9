package org.supervisorj.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supervisor's socket claiming and its error texts (spec §6.3), checked against real sockets. */
class SocketSetupTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    static UnixSocketSpec unix(Path file) {
        return new UnixSocketSpec("unix_http_server", file, 0700, OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty());
    }

    static InetSocketSpec inet(String host, int port) {
        return new InetSocketSpec("inet_http_server", host, port, Optional.empty());
    }

    HttpServers start(List<UnixSocketSpec> unix, List<InetSocketSpec> inet) throws HttpServerException {
        return HttpServers.start(unix, inet, new TestRoutes(), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    String error(List<UnixSocketSpec> unix, List<InetSocketSpec> inet) {
        return assertThrows(HttpServerException.class, () -> start(unix, inet).close()).getMessage();
    }

    @Test
    void aLiveSocketIsNeverTakenOver() throws Exception {
        Path file = dir.resolve("s.sock");
        try (HttpServers first = start(List.of(unix(file)), List.of())) {
            assertEquals(HttpMessages.ADDRESS_IN_USE, error(List.of(unix(file)), List.of()));
            assertEquals("Another program is already listening on a port that one of our HTTP servers is configured"
                    + " to use.  Shut this program down first before starting supervisord.", HttpMessages.ADDRESS_IN_USE);
            try (RawHttp c = RawHttp.connect(file)) { // the first server still owns and serves the file
                assertEquals("hello", c.send(TransportTest.get("/hello")).read().text());
            }
        }
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStaleSocketIsUnlinkedWithANoticeOnStderr() throws Exception {
        Path file = dir.resolve("stale.sock");
        ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        dead.bind(UnixDomainSocketAddress.of(file));
        dead.close(); // the file stays behind, nobody listens
        try (HttpServers s = start(List.of(unix(file)), List.of()); RawHttp c = RawHttp.connect(file)) {
            assertEquals("hello", c.send(TransportTest.get("/hello")).read().text());
        }
        assertEquals("Unlinking stale socket " + file + "\n", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLeftoverRegularFileIsTreatedAsStale() throws Exception {
        Path file = dir.resolve("plain.sock");
        Files.writeString(file, "junk");
        start(List.of(unix(file)), List.of()).close();
        assertEquals("Unlinking stale socket " + file + "\n", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void closeUnlinksOnlyTheFileWeCreated() throws Exception {
        Path file = dir.resolve("mine.sock");
        start(List.of(unix(file)), List.of()).close();
        assertFalse(Files.exists(file));

        HttpServers s = start(List.of(unix(file)), List.of());
        Files.delete(file);
        Files.writeString(file, "someone else's"); // replaced behind our back
        s.close();
        assertEquals("someone else's", Files.readString(file));
    }

    @Test
    void modeAndOwnerAreApplied() throws Exception {
        Path file = dir.resolve("owned.sock");
        UnixSocketSpec spec = new UnixSocketSpec("unix_http_server", file, 0660, OptionalInt.of(65534),
                OptionalInt.of(65534), Optional.empty());
        try (HttpServers s = start(List.of(spec), List.of())) {
            assertEquals(0660, ((Integer) Files.getAttribute(file, "unix:mode")) & 07777);
            assertEquals(65534, Files.getAttribute(file, "unix:uid"));
            assertEquals(65534, Files.getAttribute(file, "unix:gid"));
        }
    }

    @Test
    void missingDirectoryIsEnoent() {
        assertEquals("Cannot open an HTTP server: socket.error reported errno.ENOENT (2)",
                error(List.of(unix(dir.resolve("no/such/dir/s.sock"))), List.of()));
    }

    @Test
    void tooLongPathIsReportedAsPythonDoes() {
        assertEquals("Cannot open an HTTP server: socket.error reported AF_UNIX path too long",
                error(List.of(unix(dir.resolve("x".repeat(120)))), List.of()));
    }

    @Test
    void busyTcpPortIsAddressInUse() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(HttpMessages.ADDRESS_IN_USE, error(List.of(), List.of(inet("127.0.0.1", busy.getLocalPort()))));
        }
    }

    @Test
    void foreignAddressIsEaddrnotavail() {
        assertEquals("Cannot open an HTTP server: socket.error reported errno.EADDRNOTAVAIL (99)",
                error(List.of(), List.of(inet("10.254.254.254", 0))));
    }

    @Test
    void unresolvableHostIsGaierrorMinus2() {
        assertEquals("Cannot open an HTTP server: socket.error reported -2",
                error(List.of(), List.of(inet("nosuchhost.invalid", 0))));
    }

    @Test
    void emptyHostAndStarBindAllInterfaces() throws Exception {
        try (HttpServers s = start(List.of(), List.of(inet("", 0), inet("*", 0)))) {
            for (InetSocketAddress a : s.inetAddresses()) {
                assertTrue(a.getAddress().isAnyLocalAddress(), a.toString());
                try (RawHttp c = RawHttp.connect(new InetSocketAddress("127.0.0.1", a.getPort()))) {
                    assertEquals("hello", c.send(TransportTest.get("/hello")).read().text());
                }
            }
        }
    }

    @Test
    void aFailureClosesWhatWasAlreadyOpened() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path good = dir.resolve("good.sock");
        String message = error(List.of(unix(good), unix(dir.resolve("missing/bad.sock"))), List.of(inet("127.0.0.1", port)));
        assertEquals("Cannot open an HTTP server: socket.error reported errno.ENOENT (2)", message);
        assertFalse(Files.exists(good), "the socket file opened before the failure is removed");
        try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertEquals(port, again.getLocalPort()); // the TCP port was released
        }
    }

    @Test
    void chownMessageNamesTheTupleAsPythonReprsIt() {
        assertEquals("Not permitted to chown /run/s.sock to uid/gid (0, -1); adjust \"sockchown\" value in config file"
                + " or on command line to values that the current user (nobody) can successfully chown",
                HttpMessages.chownNotPermitted(Path.of("/run/s.sock"), OptionalInt.of(0), OptionalInt.empty(), "nobody"));
    }
}
