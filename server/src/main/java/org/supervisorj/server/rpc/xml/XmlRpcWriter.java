package org.supervisorj.server.rpc.xml;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes XML-RPC documents byte for byte as Python's {@code xmlrpc.client.dumps} does, which is what
 * supervisord sends (responses, faults) and what Python's supervisorctl sends (calls): the
 * {@code <?xml version='1.0'?>} header, one element per line, {@code <int>}, typed
 * {@code <string>}, and only {@code & < >} escaped. The bytes are UTF-8.
 *
 * <p>Values: {@link Integer} (and {@link Long}, {@link Short}, {@link Byte} within 32 bits),
 * {@link Boolean}, {@link String}, {@link Double}, {@link List} (array), {@link Map} with String keys
 * (struct, in iteration order), {@code byte[]} (base64), {@link LocalDateTime} (dateTime.iso8601).
 * Anything else, null included, is an {@link IllegalArgumentException}, as Python raises TypeError.
 *
 * <p>An instance reuses its buffer between documents and is not thread-safe; it is cheap to create.
 * Its buffer keeps the size of the biggest document it has written, up to 4 MiB.
 */
public final class XmlRpcWriter {
    private static final String HEADER = "<?xml version='1.0'?>\n";
    /**
     * A buffer that grew past this for one big answer is dropped afterwards rather than kept: 4 MiB
     * holds getAllProcessInfo of about 3,000 processes (1.3 KB each). Below it a writer that is used
     * again does not grow its buffer again: at 2,000 processes a 2 MiB limit made every poll regrow
     * it from 512 bytes, 5 MB of garbage a call.
     */
    private static final int KEEP_CAPACITY = 4 << 20;

    private Utf8Output out = new Utf8Output(512);
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code dumps((value,), methodresponse=1)}. */
    public byte[] response(Object value) {
        writeResponse(value);
        return out.copy();
    }

    /**
     * The response in this writer's own buffer, without a copy: valid until this writer writes again.
     * For a server that keeps its writers and sends big answers from them (see {@link #response}).
     */
    public ByteBuffer responseInPlace(Object value) {
        writeResponse(value);
        return out.view();
    }

    /** {@code dumps(Fault(code, string))}. */
    public byte[] fault(int code, String string) {
        writeFault(code, string);
        return out.copy();
    }

    public byte[] fault(RpcFault fault) {
        return fault(fault.code(), fault.faultString());
    }

    /** The fault in this writer's own buffer, as {@link #responseInPlace}. */
    public ByteBuffer faultInPlace(RpcFault fault) {
        writeFault(fault.code(), fault.faultString());
        return out.view();
    }

    private void writeResponse(Object value) {
        start().append("<methodResponse>\n<params>\n<param>\n");
        value(value);
        out.append("</param>\n</params>\n</methodResponse>\n");
    }

    private void writeFault(int code, String string) {
        if (string == null) {
            throw new IllegalArgumentException("faultString must not be null");
        }
        start().append("<methodResponse>\n<fault>\n<value><struct>\n<member>\n<name>faultCode</name>\n");
        value(code);
        out.append("</member>\n<member>\n<name>faultString</name>\n");
        value(string);
        out.append("</member>\n</struct></value>\n</fault>\n</methodResponse>\n");
    }

    /**
     * {@code dumps(tuple(params), methodName)}. Like Python, the method name is written as given,
     * without escaping.
     */
    public byte[] call(String methodName, List<?> params) {
        start().append("<methodCall>\n<methodName>").append(methodName).append("</methodName>\n<params>\n");
        for (Object p : params) {
            out.append("<param>\n");
            value(p);
            out.append("</param>\n");
        }
        out.append("</params>\n</methodCall>\n");
        return out.copy();
    }

    private Utf8Output start() {
        if (out.capacity() > KEEP_CAPACITY) {
            out = new Utf8Output(512);
        } else {
            out.clear();
        }
        open.clear();
        return out.append(HEADER);
    }

    private void value(Object v) {
        switch (v) {
            case null -> throw new IllegalArgumentException("cannot marshal None: XML-RPC has no null");
            case Boolean b -> out.append("<value><boolean>").append(b ? '1' : '0').append("</boolean></value>\n");
            case Integer i -> out.append("<value><int>").append(i.intValue()).append("</int></value>\n");
            case Long l -> {
                if (l != l.intValue()) {
                    throw new IllegalArgumentException("int exceeds XML-RPC limits: " + l);
                }
                out.append("<value><int>").append(l.longValue()).append("</int></value>\n");
            }
            case Short s -> out.append("<value><int>").append(s.intValue()).append("</int></value>\n");
            case Byte s -> out.append("<value><int>").append(s.intValue()).append("</int></value>\n");
            case Double d -> out.append("<value><double>").append(PythonFloat.repr(d)).append("</double></value>\n");
            case String s -> {
                out.append("<value><string>");
                escape(s);
                out.append("</string></value>\n");
            }
            case List<?> list -> {
                enter(list, "sequences");
                out.append("<value><array><data>\n");
                for (Object o : list) {
                    value(o);
                }
                out.append("</data></array></value>\n");
                open.remove(list);
            }
            case MemoizedStruct memo -> memoized(memo);
            case Map<?, ?> map -> struct(map);
            case byte[] bytes -> {
                out.append("<value><base64>\n");
                base64Lines(bytes);
                out.append("</base64></value>\n");
            }
            case LocalDateTime t -> {
                if (t.getYear() < 1 || t.getYear() > 9999) {
                    throw new IllegalArgumentException("year out of range for dateTime.iso8601: " + t);
                }
                out.append("<value><dateTime.iso8601>")
                        .append(String.format("%04d%02d%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond()))
                        .append("</dateTime.iso8601></value>\n");
            }
            default -> throw new IllegalArgumentException("cannot marshal " + v.getClass().getName() + " objects");
        }
    }

    private void struct(Map<?, ?> map) {
        enter(map, "dictionaries");
        out.append("<value><struct>\n");
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new IllegalArgumentException("dictionary key must be string: " + e.getKey());
            }
            memberName(key);
            value(e.getValue());
            out.append("</member>\n");
        }
        out.append("</struct></value>\n");
        open.remove(map);
    }

    /** Opens a struct member; its value and {@code </member>} follow. */
    private void memberName(String key) {
        out.append("<member>\n<name>");
        escape(key);
        out.append("</name>\n");
    }

    /** A struct whose fixed members are copied as XML once written; see {@link StructTemplate}. */
    private void memoized(MemoizedStruct memo) {
        byte[] known = memo.encoded();
        if (known != null) {
            out.append(known);
            return;
        }
        int from = out.length();
        StructTemplate template = memo.template();
        StructShape shape = template.shape();
        byte[][] runs = template.runs();
        if (runs != null) {
            out.append(runs[0]);
            for (int v = 0; v < shape.varyingCount(); v++) {
                value(memo.varying(v));
                out.append(runs[v + 1]);
            }
            memo.remember(out.copy(from, out.length()));
            return;
        }
        // The first time: write it whole, and keep what lies around the varying values.
        enter(memo, "dictionaries");
        List<byte[]> written = new ArrayList<>();
        int runStart = from;
        out.append("<value><struct>\n");
        for (int i = 0; i < shape.keys().size(); i++) {
            memberName(shape.keys().get(i));
            int v = shape.varyingIndex(i);
            if (v < 0) {
                value(template.fixedValue(i));
            } else {
                written.add(out.copy(runStart, out.length()));
                value(memo.varying(v));
                runStart = out.length();
            }
            out.append("</member>\n");
        }
        out.append("</struct></value>\n");
        written.add(out.copy(runStart, out.length()));
        open.remove(memo);
        template.remember(written);
        memo.remember(out.copy(from, out.length()));
    }

    private void enter(Object container, String kind) {
        if (!open.add(container)) {
            throw new IllegalArgumentException("cannot marshal recursive " + kind);
        }
    }

    /** Python's escape(): only these three; quotes and control characters go out as they are. */
    private void escape(String s) {
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> null;
            };
            if (rep != null) {
                out.append(s, from, i).append(rep);
                from = i + 1;
            }
        }
        out.append(s, from, s.length());
    }

    /** base64.encodebytes: lines of at most 76 characters, each ending in a newline. */
    private void base64Lines(byte[] bytes) {
        Base64.Encoder enc = Base64.getEncoder();
        for (int i = 0; i < bytes.length; i += 57) {
            int end = Math.min(bytes.length, i + 57);
            out.append(enc.encode(Arrays.copyOfRange(bytes, i, end))).append('\n');
        }
    }
}
