package org.supervisorj.ctl.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChunkedInputStreamTest {
    @Test
    void decodesChunksAndStopsAfterTheLastOne() throws IOException {
        String wire = "5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld!\r\n0\r\nX-Trailer: 1\r\n\r\nNEXT";
        ByteArrayInputStream raw = new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1));
        String body = new String(new ChunkedInputStream(raw).readAllBytes(), StandardCharsets.ISO_8859_1);
        assertEquals("hello world!", body);
        assertEquals("NEXT", new String(raw.readAllBytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void serverUrlsAreParsedAsPythonsTransportDoes() throws UnknownProtocolException {
        assertEquals(new ServerUrl.Inet("http://localhost", "localhost", 80), ServerUrl.parse("http://localhost"));
        assertEquals("127.0.0.1:9001", ServerUrl.parse("http://127.0.0.1:9001/").hostHeader());
        assertEquals("localhost", ServerUrl.parse("unix:///tmp/s.sock").hostHeader());
        assertEquals("Unknown protocol for serverurl https://x",
                org.junit.jupiter.api.Assertions.assertThrows(UnknownProtocolException.class,
                        () -> ServerUrl.parse("https://x")).getMessage());
    }

    @Test
    void basicAuthFollowsPythonsTwoRules() {
        assertEquals("Basic dTpw", new Credentials("u", "p").rpcAuthorization().orElseThrow());
        assertEquals(java.util.Optional.empty(), new Credentials("u", null).rpcAuthorization());
        // An empty password: XML-RPC still authenticates, the log-tail GET does not.
        assertEquals("Basic dTo=", new Credentials("u", "").rpcAuthorization().orElseThrow());
        assertEquals(java.util.Optional.empty(), new Credentials("u", "").tailAuthorization());
        assertEquals("Basic Tm9uZTpw", new Credentials(null, "p").tailAuthorization().orElseThrow());
    }
}
