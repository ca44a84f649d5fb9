package org.supervisorj.ctl.output;

import java.util.List;
import java.util.Map;

/** Typed access to decoded XML-RPC values, with Python's {@code str()} of each. */
public final class Values {
    private Values() {
    }

    public static String str(Map<String, Object> struct, String key) {
        return str(struct.get(key));
    }

    public static String str(Object v) {
        return switch (v) {
            case null -> "None";
            case Boolean b -> b ? "True" : "False";
            default -> v.toString();
        };
    }

    public static int integer(Map<String, Object> struct, String key) {
        Object v = struct.get(key);
        return v instanceof Integer i ? i : v instanceof Boolean b ? (b ? 1 : 0) : 0;
    }

    public static boolean truthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case Integer i -> i != 0;
            case String s -> !s.isEmpty();
            case List<?> l -> !l.isEmpty();
            default -> true;
        };
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> structs(Object v) {
        return (List<Map<String, Object>>) v;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> struct(Object v) {
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object v) {
        return (List<Object>) v;
    }
}
