package org.supervisorj.server.rpc.xml;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a struct that is answered again and again with only a few members changed, such as a
 * process's getProcessInfo ({@code now} and {@code description} change every second, the rest only when
 * its state does). {@link XmlRpcWriter} writes the fixed members once and keeps their XML here; each
 * {@link MemoizedStruct} made from the template adds only the values of the varying members.
 * Monitors poll getAllProcessInfo many times a second: this keeps both the encoding and the garbage of
 * a poll to the varying values.
 */
public final class StructTemplate {
    private final List<String> keys;
    private final Object[] fixedValues;
    private final int[] varyingPositions;
    private final Map<String, Integer> positions;
    // Written by whichever thread writes a struct of this template first; two at once write equal runs.
    private volatile byte[][] runs;

    /**
     * @param members the members in the order they are written; the values of the varying ones are ignored
     * @param varying the names of the members each struct gives, in the order of {@code members}
     */
    public StructTemplate(Map<String, Object> members, List<String> varying) {
        this.keys = List.copyOf(members.keySet());
        this.fixedValues = new Object[keys.size()];
        this.varyingPositions = new int[varying.size()];
        Map<String, Integer> index = new HashMap<>();
        int v = 0;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            index.put(key, i);
            if (v < varying.size() && varying.get(v).equals(key)) {
                varyingPositions[v++] = i;
            } else {
                fixedValues[i] = members.get(key);
            }
        }
        if (v != varying.size()) {
            throw new IllegalArgumentException("varying members must be members, in member order: " + varying);
        }
        this.positions = Collections.unmodifiableMap(index);
    }

    /** A struct of this shape with these values for the varying members, in their order. */
    public MemoizedStruct with(Object... varyingValues) {
        if (varyingValues.length != varyingPositions.length) {
            throw new IllegalArgumentException("expected " + varyingPositions.length + " varying values");
        }
        return new MemoizedStruct(this, varyingValues.clone());
    }

    List<String> keys() {
        return keys;
    }

    /** Index into {@link #keys()}, or -1. */
    int position(Object key) {
        Integer p = positions.get(key);
        return p == null ? -1 : p;
    }

    /** The varying member at {@code position}'s index among the varying ones, or -1 if it is fixed. */
    int varyingIndex(int position) {
        for (int v = 0; v < varyingPositions.length; v++) {
            if (varyingPositions[v] == position) {
                return v;
            }
        }
        return -1;
    }

    Object fixedValue(int position) {
        return fixedValues[position];
    }

    int varyingCount() {
        return varyingPositions.length;
    }

    /**
     * The XML around the varying values, once written: run 0 up to the first varying value, run i
     * between varying values i-1 and i, the last run after the last one. Not to be modified.
     */
    byte[][] runs() {
        return runs;
    }

    void remember(List<byte[]> written) {
        runs = written.toArray(new byte[0][]);
    }
}
