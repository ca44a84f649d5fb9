package org.supervisorj.server.rpc.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supervisorj.server.rpc.xml.XmlRpcParseException.Reason;

/** Where the reader is as lenient as supervisord (calls) or xmlrpc.client (responses), and where not. */
class XmlRpcReaderTest {
    private final XmlRpcReader reader = new XmlRpcReader();

    private XmlRpcRequest call(String body) throws XmlRpcParseException {
        return reader.readCall(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The single param of a call whose param is {@code value}. */
    private Object param(String value) throws XmlRpcParseException {
        return call("<methodCall><methodName>m</methodName><params><param>" + value + "</param></params></methodCall>").params().getFirst();
    }

    private XmlRpcParseException refusedCall(String body) {
        return assertThrows(XmlRpcParseException.class, () -> call(body));
    }

    private XmlRpcResponse response(String body) throws XmlRpcParseException {
        return reader.readResponse(body.getBytes(StandardCharsets.UTF_8));
    }

    private Object responseValue(String value) throws XmlRpcParseException {
        return ((ValueResponse) response("<methodResponse><params><param>" + value + "</param></params></methodResponse>")).value();
    }

    @Test
    void readsWhatPythonsSupervisorctlSends() throws Exception {
        XmlRpcRequest r = call("<?xml version='1.0'?>\n<methodCall>\n<methodName>supervisor.startProcess</methodName>\n<params>\n"
                + "<param>\n<value><string>cat</string></value>\n</param>\n<param>\n<value><boolean>1</boolean></value>\n</param>\n"
                + "</params>\n</methodCall>\n");
        assertEquals(new XmlRpcRequest("supervisor.startProcess", List.of("cat", true)), r);
    }

    @Test
    void paramsMayBeLeftOut() throws Exception {
        assertEquals(new XmlRpcRequest("supervisor.getState", List.of()),
                call("<methodCall><methodName>supervisor.getState</methodName></methodCall>"));
        assertEquals(List.of(), call("<methodCall><methodName>m</methodName><params/></methodCall>").params());
    }

    @Test
    void untypedValueIsTheStringAsWritten() throws Exception {
        assertEquals("cat", param("<value>cat</value>"));
        assertEquals("  two words\n", param("<value>  two words\n</value>"));
        assertEquals("", param("<value></value>"));
        assertEquals("", param("<value/>"));
        assertEquals("ab", param("<value>a<!-- note -->b</value>"));
    }

    @Test
    void whitespaceAroundATypedValueIsIgnored() throws Exception {
        assertEquals(5, param("<value>\n  <int>5</int>\n</value>"));
        assertEquals(List.of(1, "x"), param("<value> <array> <data> <value><int>1</int></value> <value>x</value> </data> </array> </value>"));
    }

    @Test
    void stringTextIsKeptExactly() throws Exception {
        assertEquals(" a\tb\n", param("<value><string> a\tb\n</string></value>"));
        assertEquals("", param("<value><string/></value>"));
        assertEquals("<&>]]>\"'", param("<value><string>&lt;&amp;&gt;]]&gt;&quot;&apos;</string></value>"));
        assertEquals("中😀", param("<value><string>&#20013;&#x1F600;</string></value>"));
        assertEquals("x<y>", param("<value><string><![CDATA[x<y>]]></string></value>"));
        // The XML parser normalises line ends, as Python's does.
        assertEquals("a\nb\nc", param("<value><string>a\r\nb\rc</string></value>"));
    }

    @Test
    void intsAcceptWhatPythonsIntAccepts() throws Exception {
        assertEquals(42, param("<value><int> 42 </int></value>"));
        assertEquals(7, param("<value><i4>+7</i4></value>"));
        assertEquals(-7, param("<value><int>\t-0007\n</int></value>"));
        assertEquals(1000, param("<value><int>1_000</int></value>"));
        assertEquals(3, param("<value><int>\u0663</int></value>"));
        for (String bad : new String[] {"", "x", "1.0", "1e3", "_1", "1_", "1__0", "- 1", "0x10"}) {
            assertEquals("invalid int value '" + bad + "'", refusedCall("<methodCall><methodName>m</methodName><params><param><value><int>"
                    + bad + "</int></value></param></params></methodCall>").getMessage(), bad);
        }
    }

    @Test
    void doublesAcceptWhatPythonsFloatAccepts() throws Exception {
        assertEquals(1.5, param("<value><double> 1.5 </double></value>"));
        assertEquals(1e5, param("<value><double>1e5</double></value>"));
        assertEquals(0.5, param("<value><double>.5</double></value>"));
        assertEquals(5.0, param("<value><double>5.</double></value>"));
        assertEquals(10.5, param("<value><double>1_0.5</double></value>"));
        assertEquals(Double.NEGATIVE_INFINITY, param("<value><double>-Infinity</double></value>"));
        assertEquals(Double.NaN, param("<value><double>nan</double></value>"));
        for (String bad : new String[] {"", "x", "1e", "e5", "0x1p3", "1d", "1_.5", "--1", "1.2.3"}) {
            assertEquals("invalid double value '" + bad + "'", refusedCall("<methodCall><methodName>m</methodName><params><param><value><double>"
                    + bad + "</double></value></param></params></methodCall>").getMessage(), bad);
        }
    }

    @Test
    void supervisordTakesOnlyOneAsTrue() throws Exception {
        // Supervisor quirk: its decoder compares the text with "1"; "true" is false and nothing is refused.
        assertEquals(true, param("<value><boolean>1</boolean></value>"));
        assertEquals(false, param("<value><boolean>0</boolean></value>"));
        assertEquals(false, param("<value><boolean>true</boolean></value>"));
        assertEquals(false, param("<value><boolean> 1</boolean></value>"));
        assertEquals(false, param("<value><boolean/></value>"));
    }

    @Test
    void clientRefusesBooleansOtherThanZeroOrOne() throws Exception {
        assertEquals(true, responseValue("<value><boolean>1</boolean></value>"));
        assertEquals(false, responseValue("<value><boolean>0</boolean></value>"));
        XmlRpcParseException e = assertThrows(XmlRpcParseException.class, () -> responseValue("<value><boolean>true</boolean></value>"));
        assertEquals("invalid boolean value 'true'", e.getMessage());
    }

    @Test
    void base64IsTextForSupervisordAndBytesForTheClient() throws Exception {
        assertEquals("héllo", param("<value><base64>aMOp\nbGxv</base64></value>"));
        assertArrayEquals("héllo".getBytes(StandardCharsets.UTF_8), (byte[]) responseValue("<value><base64>aMOpbGxv\n</base64></value>"));
        assertEquals("base64 value is not UTF-8 text", refusedCall(
                "<methodCall><methodName>m</methodName><params><param><value><base64>/w==</base64></value></param></params></methodCall>").getMessage());
    }

    @Test
    void dateTimeFollowsStrptime() throws Exception {
        assertEquals(LocalDateTime.of(2024, 2, 29, 23, 5, 9), param("<value><dateTime.iso8601>20240229T23:05:09</dateTime.iso8601></value>"));
        assertEquals(LocalDateTime.of(2024, 1, 2, 3, 4, 5), param("<value><dateTime.iso8601>202412t3:4:5</dateTime.iso8601></value>"));
        for (String bad : new String[] {"20230229T00:00:00", "20240101T24:00:00", " 20240101T00:00:00", "2024-01-01T00:00:00", ""}) {
            assertEquals(Reason.MALFORMED, refusedCall("<methodCall><methodName>m</methodName><params><param><value><dateTime.iso8601>"
                    + bad + "</dateTime.iso8601></value></param></params></methodCall>").reason(), bad);
        }
    }

    @Test
    void structKeepsMemberOrderAndARepeatedNameKeepsItsFirstPlace() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 3);
        expected.put("a", 2);
        expected.put("", "empty");
        Object v = param("<value><struct><member><name>b</name><value><int>1</int></value></member>"
                + "<member><name>a</name><value><int>2</int></value></member>"
                + "<member><name/><value>empty</value></member>"
                + "<member><name>b</name><value><int>3</int></value></member></struct></value>");
        assertEquals(expected, v);
        assertEquals(List.of("b", "a", ""), List.copyOf(((Map<?, ?>) v).keySet()));
    }

    @Test
    void methodNameIsTakenAsWritten() throws Exception {
        // supervisord does not trim it either; the dispatcher then answers UNKNOWN_METHOD.
        assertEquals(" supervisor.getState ", call("<methodCall><methodName> supervisor.getState </methodName></methodCall>").methodName());
    }

    @Test
    void missingOrEmptyMethodNameIsItsOwnReason() {
        for (String body : new String[] {"<methodCall><params/></methodCall>", "<methodCall><methodName></methodName></methodCall>"}) {
            XmlRpcParseException e = refusedCall(body);
            assertEquals(Reason.NO_METHOD_NAME, e.reason());
            assertEquals("no method name", e.getMessage());
        }
    }

    @Test
    void theDeclaredEncodingIsIgnoredAndTheBodyIsUtf8() throws Exception {
        // supervisord decodes the body as UTF-8 before parsing, whatever the declaration says.
        assertEquals("é", call("<?xml version='1.0' encoding='ISO-8859-1'?><methodCall><methodName>é</methodName></methodCall>").methodName());
        byte[] withBom = "\ufeff<methodCall><methodName>m</methodName></methodCall>".getBytes(StandardCharsets.UTF_8);
        assertEquals("m", reader.readCall(withBom).methodName());
    }

    @Test
    void structureSupervisordWouldGuessAtIsRefused() {
        // Deviation from 4.2.5: supervisord accepts any root and takes the first child of <param>, <array>, <value>.
        assertEquals("expected <methodCall>, not <foo>", refusedCall("<foo><methodName>supervisor.getState</methodName></foo>").getMessage());
        assertEquals("unexpected <value> in <params>", refusedCall("<methodCall><methodName>m</methodName><params><value>x</value></params></methodCall>").getMessage());
        assertEquals("empty <param>", refusedCall("<methodCall><methodName>m</methodName><params><param/></params></methodCall>").getMessage());
        assertEquals("unexpected <value> in <param>", refusedCall(
                "<methodCall><methodName>m</methodName><params><param><value>a</value><value>b</value></param></params></methodCall>").getMessage());
        assertEquals("<array> must hold one <data>", refusedCall(
                "<methodCall><methodName>m</methodName><params><param><value><array/></value></param></params></methodCall>").getMessage());
        assertEquals("<member> must hold <name> then <value>", refusedCall(
                "<methodCall><methodName>m</methodName><params><param><value><struct><member><value>1</value><name>a</name></member></struct></value></param></params></methodCall>").getMessage());
        assertEquals("unexpected <b> in <string>", refusedCall(
                "<methodCall><methodName>m</methodName><params><param><value><string>a<b/>c</string></value></param></params></methodCall>").getMessage());
        assertEquals("unexpected <methodName> in <methodCall>", refusedCall(
                "<methodCall><methodName>a</methodName><methodName>b</methodName></methodCall>").getMessage());
    }

    @Test
    void readsSupervisordsFaultAndValueResponses() throws Exception {
        assertEquals(new FaultResponse(10, "BAD_NAME: nope<&"), response("<?xml version='1.0'?>\n<methodResponse>\n<fault>\n"
                + "<value><struct>\n<member>\n<name>faultCode</name>\n<value><int>10</int></value>\n</member>\n<member>\n"
                + "<name>faultString</name>\n<value><string>BAD_NAME: nope&lt;&amp;</string></value>\n</member>\n</struct></value>\n"
                + "</fault>\n</methodResponse>\n"));
        assertEquals(new ValueResponse(Map.of("statecode", 1, "statename", "RUNNING")), response(XmlRpcWriterTest.GET_STATE_RESPONSE));
    }

    @Test
    void malformedResponsesAreRefused() {
        String[][] cases = {
            {"<methodResponse><params></params></methodResponse>", "a methodResponse must hold exactly one param, not 0"},
            {"<methodResponse><params><param><value>a</value></param><param><value>b</value></param></params></methodResponse>",
                "a methodResponse must hold exactly one param, not 2"},
            {"<methodResponse/>", "empty <methodResponse>"},
            {"<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>1</int></value></member>"
                + "</struct></value></fault></methodResponse>", "a fault must be a struct of int faultCode and string faultString"},
            {"<methodResponse><fault><value><struct><member><name>faultCode</name><value>1</value></member><member><name>faultString</name>"
                + "<value>x</value></member></struct></value></fault></methodResponse>", "a fault must be a struct of int faultCode and string faultString"},
            {"<methodCall><methodName>m</methodName></methodCall>", "expected <methodResponse>, not <methodCall>"},
            {"<methodResponse><params><param><value><nil/></value></param></params></methodResponse>", "unsupported value type <nil>"},
        };
        for (String[] c : cases) {
            XmlRpcParseException e = assertThrows(XmlRpcParseException.class, () -> response(c[0]), c[0]);
            assertEquals(c[1], e.getMessage(), c[0]);
        }
    }
}
