package org.supervisorj.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.server.process.spawn.SpawnRequest;

/** Supervisor's own Python transport (what supervisorctl uses) against our listeners. */
class PythonClientTest {
    /** Two XML-RPC calls through one SupervisorTransport, then whether it kept the same connection. The
     *  request body, dumps((), "supervisor.getState"), is 113 bytes. */
    static final String TRANSPORT = """
            import sys, xmlrpc.client
            from supervisor.xmlrpc import SupervisorTransport
            url, user, pw = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None), (sys.argv[3] if len(sys.argv) > 3 else None)
            t = SupervisorTransport(user, pw, url)
            body = xmlrpc.client.dumps((), 'supervisor.getState')
            try:
                first = t.request('localhost', '/RPC2', body)[0]
                conn = t.connection
                second = t.request('localhost', '/RPC2', body)[0]
                print(first == second, first.split(';')[1], t.connection is conn)
            except xmlrpc.client.ProtocolError as e:
                print('ProtocolError', e.errcode, e.errmsg)
            """;

    /** Plain http.client over the unix socket, via supervisor's UnixStreamHTTPConnection, keep-alive. */
    static final String HTTP_CLIENT = """
            import sys
            from supervisor.xmlrpc import UnixStreamHTTPConnection
            c = UnixStreamHTTPConnection('localhost')
            c.socketfile = sys.argv[1]
            sizes = []
            for n in (10, 100000, 3):
                c.request('GET', '/size/%d' % n)
                r = c.getresponse()
                sizes.append(len(r.read()))
            sock = c.sock
            c.request('POST', '/echo', body=b'abc' * 1000)
            r = c.getresponse()
            print(sizes, len(r.read()), r.status, c.sock is sock)
            """;

    static final String CONNECT = """
            import socket, sys
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                s.connect(sys.argv[1])
                print('connected')
            except OSError as e:
                print('errno', e.errno)
            """;

    @TempDir
    Path dir;
    HttpServers servers;
    Path open;
    Path guarded;

    @BeforeEach
    void start() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // nobody may traverse
        open = dir.resolve("open.sock");
        guarded = dir.resolve("auth.sock");
        servers = HttpServers.start(List.of(
                new UnixSocketSpec("unix_http_server", open, 0700, OptionalInt.empty(), OptionalInt.empty(), Optional.empty()),
                new UnixSocketSpec("unix_http_server_auth", guarded, 0700, OptionalInt.empty(), OptionalInt.empty(),
                        Optional.of(new Credentials("chris", "{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")))),
                List.of(new InetSocketSpec("inet_http_server", "127.0.0.1", 0, Optional.empty())), new TestRoutes());
    }

    @AfterEach
    void stop() {
        servers.close();
    }

    static String ok(PythonClient.Result r) {
        assertEquals(0, r.status().exitCode(), r.stderr());
        return r.stdout().strip();
    }

    @Test
    void supervisorTransportKeepsItsConnectionOverTheUnixSocket() throws Exception {
        assertEquals("True len=113 True", ok(PythonClient.run(TRANSPORT, Optional.empty(), "unix://" + open)));
    }

    @Test
    void supervisorTransportKeepsItsConnectionOverTcp() throws Exception {
        int port = servers.inetAddresses().getFirst().getPort();
        assertEquals("True len=113 True", ok(PythonClient.run(TRANSPORT, Optional.empty(), "http://127.0.0.1:" + port)));
    }

    @Test
    void supervisorTransportAuthenticates() throws Exception {
        assertEquals("True len=113 True", ok(PythonClient.run(TRANSPORT, Optional.empty(), "unix://" + guarded, "chris", "test")));
        assertEquals("ProtocolError 401 Unauthorized",
                ok(PythonClient.run(TRANSPORT, Optional.empty(), "unix://" + guarded, "chris", "wrong")));
        assertEquals("ProtocolError 401 Unauthorized", ok(PythonClient.run(TRANSPORT, Optional.empty(), "unix://" + guarded)));
    }

    @Test
    void httpClientReusesTheUnixConnectionForGetsAndPosts() throws Exception {
        assertEquals("[10, 100000, 3] 3000 200 True", ok(PythonClient.run(HTTP_CLIENT, Optional.empty(), open.toString())));
    }

    @Test
    void socketModeKeepsOtherUsersOut() throws Exception {
        Optional<SpawnRequest.User> nobody = Optional.of(new SpawnRequest.User(65534, 65534, "nobody"));
        assertEquals("errno 13", ok(PythonClient.run(CONNECT, nobody, open.toString())));
        assertEquals("connected", ok(PythonClient.run(CONNECT, Optional.empty(), open.toString())));
        Files.setAttribute(open, "unix:mode", 0777);
        assertEquals("connected", ok(PythonClient.run(CONNECT, nobody, open.toString())));
        assertTrue(Files.exists(open));
    }
}
