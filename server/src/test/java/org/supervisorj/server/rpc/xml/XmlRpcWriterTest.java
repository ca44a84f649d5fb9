package org.supervisorj.server.rpc.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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
    void templatedStructsAreWrittenAsPlainStructsBeforeAndAfterTheTemplateKeepsItsXml() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("name", "a<b");
        members.put("now", 0);
        members.put("nested", List.of(Map.of("x", "y")));
        members.put("description", "");
        StructShape shape = new StructShape(List.copyOf(members.keySet()), List.of("now", "description"));
        StructTemplate template = shape.template(members.values().toArray());
        MemoizedStruct first = template.with(1700000000, "pid 1, uptime 0:00:01");
        MemoizedStruct second = template.with(1700000001, "pid 1, uptime 0:00:02 & <more>");
        Map<String, Object> firstPlain = new LinkedHashMap<>(members);
        firstPlain.put("now", 1700000000);
        firstPlain.put("description", "pid 1, uptime 0:00:01");
        Map<String, Object> secondPlain = new LinkedHashMap<>(members);
        secondPlain.put("now", 1700000001);
        secondPlain.put("description", "pid 1, uptime 0:00:02 & <more>");

        assertEquals(null, template.runs());
        assertEquals(response(List.of(firstPlain, secondPlain)), response(List.of(first, second)));
        byte[][] runs = template.runs();
        assertEquals(3, runs.length);
        byte[] firstXml = first.encoded();
        assertEquals(response(List.of(secondPlain, firstPlain)), response(List.of(second, first)));
        assertSame(runs, template.runs());
        assertSame(firstXml, first.encoded());
        MemoizedStruct third = template.with(1700000002, "pid 1, uptime 0:00:03");
        Map<String, Object> thirdPlain = new LinkedHashMap<>(firstPlain);
        thirdPlain.put("now", 1700000002);
        thirdPlain.put("description", "pid 1, uptime 0:00:03");
        assertEquals(response(thirdPlain), response(third));

        assertEquals(firstPlain, first);
        assertEquals(List.copyOf(firstPlain.keySet()), List.copyOf(first.keySet()));
        assertEquals("pid 1, uptime 0:00:02 & <more>", second.get("description"));
        assertEquals("a<b", second.get("name"));
        assertEquals(null, second.get("nope"));
        assertThrows(UnsupportedOperationException.class, () -> first.put("now", 13));
        assertThrows(IllegalArgumentException.class, () -> template.with(1));
        assertThrows(IllegalArgumentException.class, () -> shape.template("too", "few"));
        assertThrows(IllegalArgumentException.class,
                () -> new StructShape(List.copyOf(members.keySet()), List.of("description", "now")));
    }

    @Test
    void textAfterTheFirstNonAsciiCharacterIsUtf8AndLoneSurrogatesBecomeQuestionMarks() {
        String text = "a\u00e9<\ud83d\ude00&\ud800z";
        byte[] bytes = writer.response(text);
        String expected = "<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n"
                + "<value><string>a\u00e9&lt;\ud83d\ude00&amp;?z</string></value>\n</param>\n</params>\n</methodResponse>\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), bytes);
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
