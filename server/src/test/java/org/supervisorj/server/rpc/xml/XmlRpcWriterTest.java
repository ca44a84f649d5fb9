package org.supervisorj.server.rpc.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact bytes, as captured from a running supervisord 4.2.5, and the values Python refuses to write. */
class XmlRpcWriterTest {
    /** supervisor.getState() as supervisord 4.2.5 sends it (the HTTP body, 279 bytes). */
    static final String GET_STATE_RESPONSE = "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><struct>\n"
            + "<member>\n<name>statecode</name>\n<value><int>1</int></value>\n</member>\n"
            + "<member>\n<name>statename</name>\n<value><string>RUNNING</string></value>\n</member>\n"
            + "</struct></value>\n</param>\n</params>\n</methodResponse>\n";

    private final XmlRpcWriter writer = new XmlRpcWriter();

    private String response(Object v) {
        return new String(writer.response(v), StandardCharsets.UTF_8);
    }

    @Test
    void writesSupervisordsGetStateResponse() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("statecode", 1);
        state.put("statename", "RUNNING");
        byte[] bytes = writer.response(state);
        assertEquals(GET_STATE_RESPONSE, new String(bytes, StandardCharsets.UTF_8));
        assertEquals(279, bytes.length);
    }

    @Test
    void memoizedStructIsWrittenAsTheSameStructOnceAndAfterwards() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", "a<b");
        members.put("pid", 12);
        members.put("nested", List.of(Map.of("x", "y")));
        MemoizedStruct memo = new MemoizedStruct(members);
        String plain = response(List.of(members, members));
        assertEquals(null, memo.encoded());
        assertEquals(plain, response(List.of(memo, memo)));
        String remembered = memo.encoded();
        assertEquals(plain, response(List.of(memo, memo)));
        assertEquals(remembered, memo.encoded());
        assertEquals(members, memo);
        assertThrows(UnsupportedOperationException.class, () -> memo.put("pid", 13));
    }

    @Test
    void writesSupervisordsFault() {
        String expected = "<?xml version='1.0'?>\n<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n"
                + "<value><int>10</int></value>\n</member>\n<member>\n<name>faultString</name>\n"
                + "<value><string>BAD_NAME: nope&lt;&amp;</string></value>\n</member>\n</struct></value>\n</fault>\n</methodResponse>\n";
        byte[] bytes = writer.fault(new RpcFault(Fault.BAD_NAME, "nope<&"));
        assertEquals(expected, new String(bytes, StandardCharsets.UTF_8));
        assertEquals(279, bytes.length);
        assertEquals(expected, new String(writer.fault(10, "BAD_NAME: nope<&"), StandardCharsets.UTF_8));
    }

    @Test
    void writesACallAsPythonsServerProxyDoes() {
        assertEquals("<?xml version='1.0'?>\n<methodCall>\n<methodName>supervisor.startProcess</methodName>\n<params>\n"
                + "<param>\n<value><string>cat</string></value>\n</param>\n<param>\n<value><boolean>1</boolean></value>\n</param>\n"
                + "</params>\n</methodCall>\n",
                new String(writer.call("supervisor.startProcess", List.of("cat", true)), StandardCharsets.UTF_8));
        assertEquals("<?xml version='1.0'?>\n<methodCall>\n<methodName>supervisor.getState</methodName>\n<params>\n</params>\n</methodCall>\n",
                new String(writer.call("supervisor.getState", List.of()), StandardCharsets.UTF_8));
    }

    @Test
    void onlyAmpersandAndAngleBracketsAreEscapedAndControlCharactersGoOutRaw() {
        // Like Python: \r and \u001b are written as they are, though an XML parser will turn the first into
        // \n and refuse the second (readLog of a process that prints ANSI colours fails the same way in 4.2.5).
        assertEquals("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n"
                + "<value><string>&lt;a href=\"x\" b='y'&gt; &amp;amp; \r\n\t\u001b[0m é</string></value>\n"
                + "</param>\n</params>\n</methodResponse>\n", response("<a href=\"x\" b='y'> &amp; \r\n\t\u001b[0m é"));
    }

    @Test
    void scalarsAreWrittenAsPythonWritesThem() {
        assertEquals("<value><int>-2147483648</int></value>", inner(Integer.MIN_VALUE));
        assertEquals("<value><int>7</int></value>", inner(7L));
        assertEquals("<value><boolean>0</boolean></value>", inner(false));
        assertEquals("<value><double>1e+16</double></value>", inner(1e16));
        assertEquals("<value><double>1000000000000000.0</double></value>", inner(1e15));
        assertEquals("<value><double>0.0001</double></value>", inner(1e-4));
        assertEquals("<value><double>1e-05</double></value>", inner(1e-5));
        assertEquals("<value><double>5e-324</double></value>", inner(Double.MIN_VALUE));
        assertEquals("<value><double>-0.0</double></value>", inner(-0.0));
        assertEquals("<value><double>inf</double></value>", inner(Double.POSITIVE_INFINITY));
        assertEquals("<value><double>nan</double></value>", inner(Double.NaN));
        assertEquals("<value><array><data>\n</data></array></value>", inner(List.of()));
        assertEquals("<value><struct>\n</struct></value>", inner(Map.of()));
    }

    private String inner(Object v) {
        String s = response(v);
        String head = "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n";
        String tail = "\n</param>\n</params>\n</methodResponse>\n";
        return s.substring(head.length(), s.length() - tail.length());
    }

    @Test
    void refusesWhatPythonRefuses() {
        assertEquals("int exceeds XML-RPC limits: 2147483648",
                assertThrows(IllegalArgumentException.class, () -> writer.response(1L << 31)).getMessage());
        assertEquals("cannot marshal None: XML-RPC has no null",
                assertThrows(IllegalArgumentException.class, () -> writer.response(java.util.Arrays.asList("a", null))).getMessage());
        assertEquals("cannot marshal java.lang.Object objects",
                assertThrows(IllegalArgumentException.class, () -> writer.response(new Object())).getMessage());
        assertEquals("dictionary key must be string: 1",
                assertThrows(IllegalArgumentException.class, () -> writer.response(Map.of(1, "x"))).getMessage());
        List<Object> loop = new ArrayList<>();
        loop.add(loop);
        assertEquals("cannot marshal recursive sequences",
                assertThrows(IllegalArgumentException.class, () -> writer.response(loop)).getMessage());
    }

    @Test
    void theSameContainerMayAppearTwiceAndAFailedWriteDoesNotSpoilTheNext() {
        List<Object> shared = List.of(1);
        assertEquals(response(List.of(List.of(1), List.of(1))), response(List.of(shared, shared)));
        assertThrows(IllegalArgumentException.class, () -> writer.response(List.of(1, new Object())));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("statecode", 1);
        state.put("statename", "RUNNING");
        assertEquals(GET_STATE_RESPONSE, response(state));
    }
}
