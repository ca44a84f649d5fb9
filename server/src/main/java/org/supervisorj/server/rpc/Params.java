package org.supervisorj.server.rpc;

import java.util.List;
import java.util.Map;

import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/**
 * The positional parameters of one call, read with the leniency of Supervisor's Python methods:
 * a boolean is Python-truthy, an int may arrive as a numeric string. Anything else is
 * INCORRECT_PARAMETERS, where Python would have answered with a traceback and HTTP 500.
 */
final class Params {
    private final List<Object> values;

    Params(List<Object> values) {
        this.values = values;
    }

    int size() {
        return values.size();
    }

    List<Object> raw() {
        return values;
    }

    String string(int i) throws RpcFault {
        if (values.get(i) instanceof String s) {
            return s;
        }
        // Deviation from 4.2.5: a non-string name is a clean fault instead of an HTTP 500.
        throw new RpcFault(Fault.INCORRECT_PARAMETERS);
    }

    int integer(int i) throws RpcFault {
        Object v = values.get(i);
        return switch (v) {
            case Integer n -> n;
            case Boolean b -> b ? 1 : 0;
            case String s -> {
                try {
                    yield Integer.parseInt(s.strip());
                } catch (NumberFormatException e) {
                    throw new RpcFault(Fault.INCORRECT_PARAMETERS);
                }
            }
            default -> throw new RpcFault(Fault.INCORRECT_PARAMETERS);
        };
    }

    /** Python truthiness, with {@code fallback} when the parameter was not sent. */
    boolean bool(int i, boolean fallback) {
        if (i >= values.size()) {
            return fallback;
        }
        return switch (values.get(i)) {
            case Boolean b -> b;
            case Integer n -> n != 0;
            case Double d -> d != 0;
            case String s -> !s.isEmpty();
            case List<?> l -> !l.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case null, default -> false;
        };
    }

    Object get(int i) {
        return values.get(i);
    }
}
