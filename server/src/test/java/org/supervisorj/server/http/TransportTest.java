package org.supervisorj.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same handler chain over AF_UNIX (our XNIO shim) and TCP (stock XNIO), from the client's side. */
class TransportTest {
    enum Transport { UNIX, TCP }

    @TempDir
    Path dir;
    HttpServers servers;
    Path socket;

    @BeforeEach
    void start() throws Exception {
        socket = dir.resolve("s.sock");
        servers = HttpServers.start(
                List.of(new UnixSocketSpec("unix_http_server", socket, 0700, OptionalInt.empty(), OptionalInt.empty(),
                        Optional.empty())),
                List.of(new InetSocketSpec("inet_http_server", "127.0.0.1", 0, Optional.empty())), new TestRoutes());
    }

    @AfterEach
    void stop() {
        servers.close();
    }

    RawHttp connect(Transport t) throws IOException {
        return t == Transport.UNIX ? RawHttp.connect(socket) : RawHttp.connect(servers.inetAddresses().getFirst());
    }

    static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void keepAliveServesSeveralRequestsOnOneConnection(Transport t) throws Exception {
        try (RawHttp c = connect(t)) {
            for (int i = 0; i < 5; i++) {
                RawHttp.Response r = c.send(get("/hello")).read();
                assertEquals("HTTP/1.1 200 OK", r.statusLine());
                assertEquals("hello", r.text());
            }
            String body = "x".repeat(1000);
            RawHttp.Response echo = c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n" + body).read();
            assertEquals(body, echo.text());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void pipelinedRequestsAreAnsweredInOrder(Transport t) throws Exception {
        try (RawHttp c = connect(t)) {
            c.send(get("/size/3") + get("/hello") + get("/size/5"));
            assertEquals("abc", c.read().text());
            assertEquals("hello", c.read().text());
            assertEquals("abcde", c.read().text());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void http10ConnectionCloseGetsResponseThenEof(Transport t) throws Exception {
        try (RawHttp c = connect(t)) {
            RawHttp.Response r = c.send("GET /hello HTTP/1.0\r\nConnection: close\r\n\r\n").read();
            assertEquals("HTTP/1.0 200 OK", r.statusLine());
            assertEquals("hello", r.text());
            assertTrue(c.atEof(), "server closes after an HTTP/1.0 response");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void halfClosedClientStillGetsItsResponse(Transport t) throws Exception {
        try (RawHttp c = connect(t)) {
            c.send(get("/size/100"));
            c.channel.shutdownOutput(); // EOF right after the request
            RawHttp.Response r = c.read();
            assertEquals(200, r.status());
            assertEquals(100, r.body().length);
            assertTrue(c.atEof(), "server closes once the client's EOF was seen");
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void eofWithoutAnyRequestIsClosedQuietly(Transport t) throws Exception {
        try (RawHttp c = connect(t)) {
            c.channel.shutdownOutput();
            assertTrue(c.atEof());
        }
        try (RawHttp c = connect(t)) { // and the server still serves
            assertEquals("hello", c.send(get("/hello")).read().text());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void largeResponseArrivesComplete(Transport t) throws Exception {
        int size = 8 * 1024 * 1024;
        try (RawHttp c = connect(t)) {
            RawHttp.Response r = c.send(get("/size/" + size)).read();
            assertEquals(String.valueOf(size), r.headers().get("content-length"));
            byte[] expected = new byte[size];
            for (int i = 0; i < size; i++) {
                expected[i] = TestRoutes.patternByte(i);
            }
            assertArrayEquals(expected, r.body());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void clientsAbortingMidResponseDoNotDisturbOthers(Transport t) throws Exception {
        for (int i = 0; i < 10; i++) {
            RawHttp c = connect(t);
            c.send(get("/size/" + (4 * 1024 * 1024)));
            c.channel.read(ByteBuffer.allocate(1024)); // the download has started
            c.close();
        }
        try (RawHttp c = connect(t)) {
            assertEquals(4 * 1024 * 1024, c.send(get("/size/" + (4 * 1024 * 1024))).read().body().length);
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void twoHundredConcurrentConnections(Transport t) throws Exception {
        List<RawHttp> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                clients.add(connect(t));
            }
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).send(get("/size/" + (i + 1)));
                }
                for (int i = 0; i < clients.size(); i++) {
                    assertEquals(i + 1, clients.get(i).read().body().length);
                }
            }
        } finally {
            for (RawHttp c : clients) {
                c.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void unknownPathGetsMedusaNotFound(Transport t) throws Exception {
        try (RawHttp c = connect(t)) {
            RawHttp.Response r = c.send(get("/nope")).read();
            assertEquals(404, r.status());
            assertArrayEquals(ErrorPage.body(404), r.body());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void distinctConnectionsAreDistinctOnTheServer(Transport t) throws Exception {
        String body = "<x/>";
        String rpc = "POST /RPC2 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\n" + body;
        try (RawHttp a = connect(t); RawHttp b = connect(t)) {
            String a1 = a.send(rpc).read().text();
            String a2 = a.send(rpc).read().text();
            String b1 = b.send(rpc).read().text();
            assertEquals(a1, a2);
            assertNotEquals(a1, b1);
        }
    }

    @org.junit.jupiter.api.Test
    void socketFileHasTheConfiguredModeAndTheTempNameIsGone() throws Exception {
        assertEquals(0700, ((Integer) Files.getAttribute(socket, "unix:mode")) & 07777);
        assertTrue(Files.readAttributes(socket, java.nio.file.attribute.BasicFileAttributes.class).isOther(), "a socket");
        assertTrue(Files.notExists(Path.of(socket + "." + ProcessHandle.current().pid())));
    }
}
