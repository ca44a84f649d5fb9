package org.supervisorj.server.rpc.xml;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The member names of a kind of struct and which of them vary from one answer to the next, shared by
 * all its {@link StructTemplate}s (one per process for getProcessInfo).
 */
public final class StructShape {
    private final List<String> keys;
    private final int[] varyingPositions;
    private final Map<String, Integer> positions;

    /**
     * @param keys    the member names in the order they are written
     * @param varying the names of the members each struct gives, in the order of {@code keys}
     */
    public StructShape(List<String> keys, List<String> varying) {
        this.keys = List.copyOf(keys);
        this.varyingPositions = new int[varying.size()];
        Map<String, Integer> index = new HashMap<>();
        int v = 0;
        for (int i = 0; i < this.keys.size(); i++) {
            index.put(this.keys.get(i), i);
            if (v < varying.size() && varying.get(v).equals(this.keys.get(i))) {
                varyingPositions[v++] = i;
            }
        }
        if (v != varying.size() || index.size() != this.keys.size()) {
            throw new IllegalArgumentException("keys must be distinct and the varying ones among them, in order: "
                    + keys + ", " + varying);
        }
        this.positions = Collections.unmodifiableMap(index);
    }

    /** A template with these member values, in key order; the values at varying members are ignored. */
    public StructTemplate template(Object... values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException("expected " + keys.size() + " values");
        }
        Object[] fixed = values.clone();
        for (int p : varyingPositions) {
            fixed[p] = null;
        }
        return new StructTemplate(this, fixed);
    }

    List<String> keys() {
        return keys;
    }

    /** Index into {@link #keys()}, or -1. */
    int position(Object key) {
        Integer p = positions.get(key);
        return p == null ? -1 : p;
    }

    /** The index among the varying members of the member at {@code position}, or -1 if it is fixed. */
    int varyingIndex(int position) {
        for (int v = 0; v < varyingPositions.length; v++) {
            if (varyingPositions[v] == position) {
                return v;
            }
        }
        return -1;
    }

    int varyingCount() {
        return varyingPositions.length;
    }
}
