package org.supervisorj.server.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Basic auth per server section, with the responses Supervisor 4.2.5 gives (observed with the real
 * supervisord: same status, WWW-Authenticate, Connection, Content-Type and body bytes).
 */
class BasicAuthTest {
    /** What medusa sends as the 401 body, captured from supervisord 4.2.5. */
    static final String MEDUSA_401 = "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n"
            + "<h1>Error response</h1>\r\n<p>Error code 401.\r\n<p>Message: Unauthorized.\r\n</body>\r\n";
    static final String MEDUSA_400 = "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n"
            + "<h1>Error response</h1>\r\n<p>Error code 400.\r\n<p>Message: Bad Request.\r\n</body>\r\n";
    static final String MEDUSA_500 = "<head>\r\n<title>Error response</title>\r\n</head>\r\n<body>\r\n"
            + "<h1>Error response</h1>\r\n<p>Error code 500.\r\n<p>Message: Internal Server Error.\r\n</body>\r\n";

    @TempDir
    Path dir;
    HttpServers servers;
    Path shaSocket;

    @BeforeEach
    void start() throws Exception {
        shaSocket = dir.resolve("sha.sock");
        servers = HttpServers.start(
                List.of(new UnixSocketSpec("unix_http_server", shaSocket, 0700, OptionalInt.empty(), OptionalInt.empty(),
                        Optional.of(new Credentials("user", "{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")))), // "test"
                List.of(new InetSocketSpec("inet_http_server", "127.0.0.1", 0, Optional.of(new Credentials("user", "123"))),
                        new InetSocketSpec("inet_http_server_open", "127.0.0.1", 0, Optional.empty())),
                new TestRoutes());
    }

    @AfterEach
    void stop() {
        servers.close();
    }

    RawHttp.Response plain(String authorizationLine) throws Exception {
        try (RawHttp c = RawHttp.connect(servers.inetAddresses().get(0))) {
            return c.send("GET /hello HTTP/1.1\r\nHost: x\r\n" + authorizationLine + "\r\n").read();
        }
    }

    static String basic(String userColonPass) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(userColonPass.getBytes(StandardCharsets.UTF_8))
                + "\r\n";
    }

    @Test
    void missingCredentialsGetMedusas401() throws Exception {
        RawHttp.Response r = plain("");
        assertEquals("HTTP/1.1 401 Unauthorized", r.statusLine());
        assertEquals("Basic realm=\"default\"", r.headers().get("www-authenticate"));
        assertEquals("close", r.headers().get("connection"));
        assertEquals("text/html", r.headers().get("content-type"));
        assertEquals("137", r.headers().get("content-length"));
        assertEquals(MEDUSA_401, r.text());
        assertArrayEquals(MEDUSA_401.getBytes(StandardCharsets.US_ASCII), ErrorPage.body(401));
    }

    @Test
    void plainPasswordIsComparedExactly() throws Exception {
        assertEquals("hello", plain(basic("user:123")).text());
        assertEquals(401, plain(basic("user:1234")).status());
        assertEquals(401, plain(basic("User:123")).status());
        assertEquals(401, plain(basic("user:")).status());
        assertEquals(401, plain("Authorization: Digest abc\r\n").status());
        assertEquals(401, plain("Authorization: Basic\r\n").status()); // medusa's pattern needs "scheme SP rest"
    }

    @Test
    void schemeIsCaseInsensitiveAndBase64IsLenientLikePython() throws Exception {
        assertEquals("hello", plain("authorization: bAsIc dXNlcjoxMjM=\r\n").text());
        assertEquals("hello", plain("Authorization: Basic dXNlcjoxMjM=junk\r\n").text());
    }

    @Test
    void undecodableCredentialsAre400() throws Exception {
        RawHttp.Response r = plain("Authorization: Basic dXNlcjoxMjM\r\n"); // Python: Incorrect padding
        assertEquals(400, r.status());
        assertEquals(MEDUSA_400, r.text());
        assertEquals(400, plain("Authorization: Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':'})
                + "\r\n").status()); // not UTF-8
    }

    @Test
    void credentialsWithoutColonAre500AsInSupervisor() throws Exception {
        RawHttp.Response r = plain(basic("user"));
        assertEquals(500, r.status());
        assertEquals(MEDUSA_500, r.text());
    }

    @Test
    void shaPasswordOnTheUnixSocket() throws Exception {
        for (String[] c : new String[][] {{"user:test", "200"}, {"user:a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "401"},
                {"user:{SHA}a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "401"}, {"", "401"}}) {
            try (RawHttp conn = RawHttp.connect(shaSocket)) {
                String auth = c[0].isEmpty() ? "" : basic(c[0]);
                assertEquals(Integer.parseInt(c[1]), conn.send("GET /hello HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n").read().status(),
                        c[0]);
            }
        }
    }

    @Test
    void uppercaseShaHexNeverMatchesAsInSupervisor() {
        BasicAuthHandler h = new BasicAuthHandler(new Credentials("u", "{SHA}A94A8FE5CCB19BA61C4C0873D391E987982FBBD3"),
                new TestRoutes());
        assertEquals(false, h.authorized("u", "test"));
    }

    @Test
    void sectionWithoutCredentialsIsOpen() throws Exception {
        try (RawHttp c = RawHttp.connect(servers.inetAddresses().get(1))) {
            assertEquals("hello", c.send(TransportTest.get("/hello")).read().text());
        }
    }

    @Test
    void rejectedUploadStillDeliversThe401AndThenCloses() throws Exception {
        String body = "x".repeat(200_000);
        try (RawHttp c = RawHttp.connect(servers.inetAddresses().get(0))) {
            RawHttp.Response r = c.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                    .read();
            assertEquals(401, r.status());
            assertEquals(MEDUSA_401, r.text());
            assertTrue(c.atEof());
        }
    }

    @Test
    void authorizedKeepAliveContinuesOnTheSameConnection() throws Exception {
        try (RawHttp c = RawHttp.connect(servers.inetAddresses().get(0))) {
            for (int i = 0; i < 3; i++) {
                assertEquals("hello", c.send("GET /hello HTTP/1.1\r\nHost: x\r\n" + basic("user:123") + "\r\n").read().text());
            }
        }
    }

    @Test
    void pythonBase64Rules() {
        // expected values from /usr/bin/python3: base64.decodebytes(s.encode())
        assertEquals("user:123", new String(PythonBase64.decode("dX Nl\tcjox MjM="), StandardCharsets.UTF_8));
        assertEquals("", new String(PythonBase64.decode("!!!"), StandardCharsets.UTF_8));
        assertEquals("us", new String(PythonBase64.decode("dXN=lcjoxMjM="), StandardCharsets.UTF_8));
        assertEquals("a", new String(PythonBase64.decode("YQ==YWI="), StandardCharsets.UTF_8));
        for (String bad : List.of("dXNlcg=", "dXNlcg", "d", "YQ")) {
            assertThrows(IllegalArgumentException.class, () -> PythonBase64.decode(bad), bad);
        }
    }
}
