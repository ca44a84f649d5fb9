package org.supervisorj.compat.clients;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a Java XML-RPC client decoded, written as indented JSON so that a transcript shows every value with
 * its kind (int, boolean, string, array, struct). Struct members are sorted: the client hands back a HashMap,
 * whose order means nothing. A Java type the Supervisor API never produces is written with its class name,
 * so a surprise shows in the comparison instead of being hidden by the rendering.
 */
final class DecodedValues {
    private DecodedValues() {
    }

    static String render(Object value) {
        StringBuilder out = new StringBuilder();
        render(value, "", out);
        return out.toString();
    }

    private static void render(Object value, String indent, StringBuilder out) {
        switch (value) {
            case String s -> quote(s, out);
            case Integer i -> out.append(i);
            case Boolean b -> out.append(b);
            case Object[] items -> {
                out.append('[');
                for (int i = 0; i < items.length; i++) {
                    out.append(i == 0 ? "\n" : ",\n").append(indent).append(' ');
                    render(items[i], indent + " ", out);
                }
                out.append(items.length == 0 ? "]" : "\n" + indent + "]");
            }
            case Map<?, ?> struct -> {
                out.append('{');
                String sep = "\n";
                for (Map.Entry<String, Object> e : sorted(struct).entrySet()) {
                    out.append(sep).append(indent).append(' ');
                    quote(e.getKey(), out);
                    out.append(": ");
                    render(e.getValue(), indent + " ", out);
                    sep = ",\n";
                }
                out.append(struct.isEmpty() ? "}" : "\n" + indent + "}");
            }
            case null -> out.append("null");
            default -> out.append('<').append(value.getClass().getName()).append(' ').append(value).append('>');
        }
    }

    private static Map<String, Object> sorted(Map<?, ?> struct) {
        Map<String, Object> sorted = new TreeMap<>();
        struct.forEach((k, v) -> sorted.put(String.valueOf(k), v));
        return sorted;
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"', '\\' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}
