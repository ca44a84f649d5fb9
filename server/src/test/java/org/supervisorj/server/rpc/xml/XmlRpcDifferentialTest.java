package org.supervisorj.server.rpc.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The codec against Python's xmlrpc.client and supervisord's own decoder, on a seeded random corpus,
 * with one Python run for all of it:
 * <ul>
 *   <li>Java reads what Python's dumps wrote (call as supervisord would, response as supervisorctl would)
 *       and gets the original values;</li>
 *   <li>Java writes the same bytes as Python's dumps (call, response, fault);</li>
 *   <li>Python's loads and supervisord's loads read Java's bytes back to the original values.</li>
 * </ul>
 */
class XmlRpcDifferentialTest {
    private static final long SEED = 20240531L;
    private static final int VALUE_CASES = 300;
    private static final int FAULT_CASES = 60;
    private static final HexFormat HEX = HexFormat.of();

    private static final List<List<Object>> params = new ArrayList<>();
    private static final List<Object[]> faults = new ArrayList<>();
    private static final List<Object> extras = new ArrayList<>();
    private static final List<String[]> python = new ArrayList<>();
    private static final XmlRpcWriter writer = new XmlRpcWriter();
    private static final XmlRpcReader reader = new XmlRpcReader();

    @BeforeAll
    static void runPythonOnCorpus() throws Exception {
        RandomValues random = new RandomValues(SEED);
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < VALUE_CASES; i++) {
            List<Object> p = random.params();
            params.add(p);
            input.append("{\"p\":").append(Json.write(p))
                    .append(",\"jcall\":\"").append(HEX.formatHex(writer.call("test.echo", p)))
                    .append("\",\"jresp\":\"").append(HEX.formatHex(writer.response(p))).append("\"}\n");
        }
        Fault[] all = Fault.values();
        for (int i = 0; i < FAULT_CASES; i++) {
            Fault f = all[i % all.length];
            RpcFault fault = i % 3 == 0 ? new RpcFault(f) : new RpcFault(f, random.string());
            faults.add(new Object[] {fault.code(), fault.faultString()});
            input.append("{\"code\":").append(fault.code()).append(",\"string\":").append(Json.write(fault.faultString()))
                    .append(",\"jfault\":\"").append(HEX.formatHex(writer.fault(fault))).append("\"}\n");
        }
        // base64 and dateTime: Supervisor never sends them, but the codec must still write them as Python does.
        java.util.Random bytes = new java.util.Random(SEED);
        for (int size : new int[] {0, 1, 2, 3, 56, 57, 58, 114, 200}) {
            byte[] b = new byte[size];
            bytes.nextBytes(b);
            extras.add(b);
            input.append("{\"bytes\":\"").append(HEX.formatHex(b)).append("\",\"jresp\":\"")
                    .append(HEX.formatHex(writer.response(b))).append("\"}\n");
        }
        for (LocalDateTime t : List.of(LocalDateTime.of(2024, 2, 29, 23, 59, 58), LocalDateTime.of(1, 1, 1, 0, 0),
                LocalDateTime.of(999, 12, 31, 9, 5, 7), LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_000_000))) {
            extras.add(t);
            input.append("{\"datetime\":[").append(t.getYear()).append(',').append(t.getMonthValue()).append(',')
                    .append(t.getDayOfMonth()).append(',').append(t.getHour()).append(',').append(t.getMinute()).append(',')
                    .append(t.getSecond()).append("],\"jresp\":\"").append(HEX.formatHex(writer.response(t))).append("\"}\n");
        }
        input.append("{\"faults\":true}\n");
        Path file = Files.createTempFile("xmlrpc-corpus", ".jsonl");
        try {
            Files.writeString(file, input);
            for (String line : ReferencePython.run("xmlrpc_reference.py", file).lines().toList()) {
                python.add(line.split(" ", -1));
            }
        } finally {
            Files.delete(file);
        }
        assertEquals(VALUE_CASES + FAULT_CASES + extras.size() + 1, python.size(), "one line per case from python");
    }

    @Test
    void javaWritesPythonsBytesForCallsAndResponses() {
        for (int i = 0; i < VALUE_CASES; i++) {
            List<Object> p = params.get(i);
            assertEquals(utf8(python.get(i)[1]), new String(writer.call("test.echo", p), StandardCharsets.UTF_8), "call " + i);
            assertEquals(utf8(python.get(i)[2]), new String(writer.response(p), StandardCharsets.UTF_8), "response " + i);
        }
    }

    @Test
    void javaWritesPythonsBytesForFaults() {
        for (int i = 0; i < FAULT_CASES; i++) {
            byte[] ours = writer.fault((Integer) faults.get(i)[0], (String) faults.get(i)[1]);
            assertEquals(utf8(python.get(VALUE_CASES + i)[1]), new String(ours, StandardCharsets.UTF_8), "fault " + i);
        }
    }

    @Test
    void javaReadsPythonsCallsAsSupervisordDoes() throws Exception {
        for (int i = 0; i < VALUE_CASES; i++) {
            XmlRpcRequest request = reader.readCall(HEX.parseHex(python.get(i)[1]));
            assertEquals("test.echo", request.methodName());
            assertEquals(params.get(i), request.params(), "call " + i);
        }
    }

    @Test
    void javaReadsPythonsResponsesAndFaults() throws Exception {
        for (int i = 0; i < VALUE_CASES; i++) {
            assertEquals(new ValueResponse(params.get(i)), reader.readResponse(HEX.parseHex(python.get(i)[2])), "response " + i);
        }
        for (int i = 0; i < FAULT_CASES; i++) {
            assertEquals(new FaultResponse((Integer) faults.get(i)[0], (String) faults.get(i)[1]),
                    reader.readResponse(HEX.parseHex(python.get(VALUE_CASES + i)[1])), "fault " + i);
        }
    }

    @Test
    void pythonReadsJavasBytesBackToTheSameValues() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < VALUE_CASES; i++) {
            String[] line = python.get(i);
            check(failures, line[3], "xmlrpc.client.loads(call) #" + i);
            check(failures, line[4], "xmlrpc.client.loads(response) #" + i);
            check(failures, line[5], "supervisord loads(call) #" + i);
        }
        for (int i = 0; i < FAULT_CASES; i++) {
            check(failures, python.get(VALUE_CASES + i)[2], "xmlrpc.client.loads(fault) #" + i);
        }
        if (!failures.isEmpty()) {
            fail("python read different values: " + failures);
        }
    }

    @Test
    void base64AndDateTimeAreWrittenAndReadAsPythonDoes() throws Exception {
        for (int i = 0; i < extras.size(); i++) {
            String[] line = python.get(VALUE_CASES + FAULT_CASES + i);
            Object v = extras.get(i);
            assertEquals(utf8(line[1]), new String(writer.response(v), StandardCharsets.UTF_8), "extra " + i);
            assertEquals("1", line[2], "python loads of our bytes, extra " + i);
            Object back = ((ValueResponse) reader.readResponse(HEX.parseHex(line[1]))).value();
            if (v instanceof byte[] b) {
                assertEquals(HEX.formatHex(b), HEX.formatHex((byte[]) back), "extra " + i);
            } else {
                assertEquals(((LocalDateTime) v).withNano(0), back, "extra " + i);
            }
        }
    }

    @Test
    void faultCodesAreSupervisors() {
        String ours = java.util.Arrays.stream(Fault.values()).map(f -> f.name() + "=" + f.code())
                .collect(java.util.stream.Collectors.joining(","));
        assertEquals("N " + ours, String.join(" ", python.getLast()));
    }

    private static void check(List<String> failures, String flag, String what) {
        if (!flag.equals("1")) {
            failures.add(what);
        }
    }

    private static String utf8(String hex) {
        return new String(HEX.parseHex(hex), StandardCharsets.UTF_8);
    }
}
