package org.supervisorj.server.rpc.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervisorj.server.rpc.xml.XmlRpcParseException.Reason;

/** Hostile bodies: each is refused with a parse error, and nothing outside the body is ever read. */
class XmlRpcHardeningTest {
    private static final String CALL_START = "<methodCall><methodName>supervisor.getProcessInfo</methodName><params><param>";
    private static final String CALL_END = "</param></params></methodCall>";

    private final XmlRpcReader reader = new XmlRpcReader();
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    /** A server the payloads point at: any request it sees means the parser went fetching. */
    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            fetched.add(exchange.getRequestURI().toString());
            byte[] body = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private XmlRpcParseException refused(String body) {
        return assertThrows(XmlRpcParseException.class, () -> reader.readCall(body.getBytes(StandardCharsets.UTF_8)));
    }

    private void refusedAsDoctype(String body) {
        XmlRpcParseException e = refused(body);
        assertEquals(Reason.MALFORMED, e.reason());
        assertEquals("DOCTYPE is not allowed", e.getMessage());
        assertEquals(List.of(), fetched, "the parser fetched an external resource");
    }

    @Test
    void externalDtdIsNeverFetched() {
        refusedAsDoctype("<?xml version=\"1.0\"?><!DOCTYPE methodCall SYSTEM \"" + base + "/ext.dtd\">"
                + CALL_START + "<value>cat</value>" + CALL_END);
    }

    @Test
    void externalParameterEntityIsNeverFetched() {
        refusedAsDoctype("<!DOCTYPE methodCall [<!ENTITY % p SYSTEM \"" + base + "/p.dtd\"> %p;]>"
                + CALL_START + "<value>&leak;</value>" + CALL_END);
    }

    @Test
    void externalGeneralEntityIsNeverFetched() {
        refusedAsDoctype("<!DOCTYPE methodCall [<!ENTITY e SYSTEM \"" + base + "/e.txt\">]>"
                + CALL_START + "<value>&e;</value>" + CALL_END);
        refusedAsDoctype("<!DOCTYPE methodCall [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + CALL_START + "<value>&e;</value>" + CALL_END);
    }

    @Test
    void internalEntityIsRefused() {
        // Deviation from 4.2.5: supervisord expands this one and answers for process "cat".
        refusedAsDoctype("<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY e \"cat\">]>" + CALL_START + "<value>&e;</value>" + CALL_END);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        refusedAsDoctype(dtd + CALL_START + "<value>&lol9;</value>" + CALL_END);
    }

    @Test
    void undeclaredEntityReferenceIsRefused() {
        assertEquals(Reason.MALFORMED, refused(CALL_START + "<value>&e;</value>" + CALL_END).reason());
    }

    @Test
    void bodyOverTheSizeLimitIsRefusedWithoutReadingTheRest() throws Exception {
        XmlRpcReader small = new XmlRpcReader(new XmlRpcLimits(1000, 64, 1000));
        byte[] big = (CALL_START + "<value>" + "x".repeat(1000) + "</value>" + CALL_END).getBytes(StandardCharsets.UTF_8);
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class, () -> small.readCall(big));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("body larger than 1000 bytes", e.getMessage());

        // An endless stream: only the limit plus one byte is consumed.
        long[] consumed = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                consumed[0]++;
                return ' ';
            }
        };
        assertEquals(Reason.LIMIT_EXCEEDED, assertThrows(XmlRpcParseException.class, () -> small.readCall(endless)).reason());
        assertEquals(1001, consumed[0]);
    }

    @Test
    void deepNestingIsRefused() {
        String deep = CALL_START + "<value><array><data>".repeat(30) + "<value>x</value>" + "</data></array></value>".repeat(30) + CALL_END;
        XmlRpcParseException e = refused(deep);
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("elements nested deeper than 64", e.getMessage());

        // 100,000 levels: refused at level 64, long before the recursive descent could overflow the stack.
        assertEquals(Reason.LIMIT_EXCEEDED, refused(CALL_START + "<value><array><data>".repeat(100_000)).reason());
    }

    @Test
    void nestingJustUnderTheLimitIsAccepted() throws Exception {
        // methodCall/params/param = 3, each array level adds value/array/data = 3, the innermost value 1.
        String ok = CALL_START + "<value><array><data>".repeat(20) + "<value>x</value>" + "</data></array></value>".repeat(20) + CALL_END;
        Object v = reader.readCall(ok.getBytes(StandardCharsets.UTF_8)).params().getFirst();
        for (int i = 0; i < 20; i++) {
            v = ((List<?>) v).getFirst();
        }
        assertEquals("x", v);
    }

    @Test
    void tooManyElementsAreRefused() {
        XmlRpcReader small = new XmlRpcReader(new XmlRpcLimits(1 << 20, 64, 100));
        String body = CALL_START + "<value><array><data>" + "<value><int>1</int></value>".repeat(50) + "</data></array></value>" + CALL_END;
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class, () -> small.readCall(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
        assertEquals("more than 100 elements", e.getMessage());
    }

    @Test
    void intsBeyond32BitsAreRefused() throws Exception {
        assertEquals("int out of 32-bit range: '2147483648'", refused(CALL_START + "<value><int>2147483648</int></value>" + CALL_END).getMessage());
        assertEquals("int out of 32-bit range: '-2147483649'", refused(CALL_START + "<value><i4>-2147483649</i4></value>" + CALL_END).getMessage());
        assertEquals(Reason.MALFORMED, refused(CALL_START + "<value><int>" + "9".repeat(5000) + "</int></value>" + CALL_END).reason());
        assertEquals(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE), reader.readCall(("<methodCall><methodName>m</methodName><params>"
                + "<param><value><int>-2147483648</int></value></param><param><value><int>2147483647</int></value></param>"
                + "</params></methodCall>").getBytes(StandardCharsets.UTF_8)).params());
    }

    @Test
    void extensionTypesAreRefused() {
        // Deviation from 4.2.5: supervisord reads <i8>5</i8> as the string "5" and <nil/> as None (then fails with 500).
        assertEquals("unsupported value type <i8>", refused(CALL_START + "<value><i8>5</i8></value>" + CALL_END).getMessage());
        assertEquals("unsupported value type <nil>", refused(CALL_START + "<value><nil/></value>" + CALL_END).getMessage());
        assertEquals("unsupported value type <ex:serializable>",
                refused(CALL_START + "<value><ex:serializable xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">rO0ABXA=</ex:serializable></value>" + CALL_END).getMessage());
        assertEquals("unsupported value type <foo>", refused(CALL_START + "<value><foo>cat</foo></value>" + CALL_END).getMessage());
    }

    @Test
    void garbageEmptyAndTruncatedBodiesAreRefused() {
        assertTrue(refused("this is not xml").getMessage().startsWith("not well-formed XML: "));
        assertEquals("empty body", refused("").getMessage());
        assertEquals("empty body", refused(" \n").getMessage());
        assertEquals(Reason.MALFORMED, refused("<?xml version='1.0'?>\n<methodCall><methodName>supervisor.getState</methodName><params>").reason());
        assertEquals(Reason.MALFORMED, refused("<methodCall><methodName>x</methodName></methodCall><methodCall/>").reason());
        assertEquals(Reason.MALFORMED, refused("<methodCall><methodName>x</methodName></methodCall>trailing").reason());
        assertEquals(Reason.MALFORMED, refused("<methodCall><methodName>x</methodName></methodCall\u0000>").reason());
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] body = (CALL_START + "<value>??</value>" + CALL_END).getBytes(StandardCharsets.UTF_8);
        int at = (CALL_START + "<value>").length();
        body[at] = (byte) 0xff;
        body[at + 1] = (byte) 0xfe;
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class, () -> reader.readCall(body));
        assertEquals("body is not valid UTF-8", e.getMessage());
    }

    @Test
    void responsesAreHardenedToo() {
        String body = "<!DOCTYPE methodResponse SYSTEM \"" + base + "/r.dtd\"><methodResponse><params><param><value>x</value></param></params></methodResponse>";
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class, () -> reader.readResponse(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("DOCTYPE is not allowed", e.getMessage());
        assertEquals(List.of(), fetched);
    }
}
