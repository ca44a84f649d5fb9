package org.supervisorj.server.rpc.xml;

import java.util.List;

/**
 * A struct that is answered again and again with only a few members changed, such as a process's
 * getProcessInfo ({@code now} and {@code description} change every second, the rest only when its
 * state does). {@link XmlRpcWriter} writes the fixed members once and keeps their XML here; each
 * {@link MemoizedStruct} made from the template adds only the values of the varying members.
 * Monitors poll getAllProcessInfo many times a second: this keeps both the encoding and the garbage of
 * a poll to the varying values. Made by {@link StructShape#template}.
 */
public final class StructTemplate {
    private final StructShape shape;
    private final Object[] fixedValues;
    // Written by whichever thread writes a struct of this template first; two at once write equal runs.
    private volatile byte[][] runs;

    StructTemplate(StructShape shape, Object[] fixedValues) {
        this.shape = shape;
        this.fixedValues = fixedValues;
    }

    /** A struct of this template with these values for the varying members, in their order. */
    public MemoizedStruct with(Object... varyingValues) {
        if (varyingValues.length != shape.varyingCount()) {
            throw new IllegalArgumentException("expected " + shape.varyingCount() + " varying values");
        }
        return new MemoizedStruct(this, varyingValues);
    }

    StructShape shape() {
        return shape;
    }

    Object fixedValue(int position) {
        return fixedValues[position];
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
