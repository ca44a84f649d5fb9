package org.supervisorj.server.rpc.xml;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only struct made of a shared {@link StructTemplate}, whose fixed members' XML is written once,
 * and the values of the template's varying members; it keeps its own XML once written too, for the
 * polls that get the same struct again. To everyone but {@link XmlRpcWriter} it is an ordinary map,
 * in the template's member order.
 */
public final class MemoizedStruct extends AbstractMap<String, Object> {
    private final StructTemplate template;
    private final Object[] varying;
    // Written by whichever thread writes it first; two at once write equal text.
    private volatile byte[] encoded;

    MemoizedStruct(StructTemplate template, Object[] varying) {
        this.template = template;
        this.varying = varying;
    }

    StructTemplate template() {
        return template;
    }

    Object varying(int index) {
        return varying[index];
    }

    /** The whole {@code <value><struct>...</struct></value>} in UTF-8 once written, else null; not to be modified. */
    byte[] encoded() {
        return encoded;
    }

    void remember(byte[] utf8) {
        encoded = utf8;
    }

    @Override
    public Object get(Object key) {
        int position = template.shape().position(key);
        return position < 0 ? null : valueAt(position);
    }

    @Override
    public boolean containsKey(Object key) {
        return template.shape().position(key) >= 0;
    }

    @Override
    public int size() {
        return template.shape().keys().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> members = new LinkedHashMap<>();
        List<String> keys = template.shape().keys();
        for (int i = 0; i < keys.size(); i++) {
            members.put(keys.get(i), valueAt(i));
        }
        return java.util.Collections.unmodifiableMap(members).entrySet();
    }

    private Object valueAt(int position) {
        int v = template.shape().varyingIndex(position);
        return v < 0 ? template.fixedValue(position) : varying[v];
    }
}
