package org.supervisorj.server.rpc.xml;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A read-only struct made of a shared {@link StructTemplate}, whose fixed members' XML is written once,
 * and the values of the template's varying members. To everyone but {@link XmlRpcWriter} it is an
 * ordinary map, in the template's member order.
 */
public final class MemoizedStruct extends AbstractMap<String, Object> {
    private final StructTemplate template;
    private final Object[] varying;

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

    @Override
    public Object get(Object key) {
        int position = template.position(key);
        return position < 0 ? null : valueAt(position);
    }

    @Override
    public boolean containsKey(Object key) {
        return template.position(key) >= 0;
    }

    @Override
    public int size() {
        return template.keys().size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> members = new LinkedHashMap<>();
        for (int i = 0; i < template.keys().size(); i++) {
            members.put(template.keys().get(i), valueAt(i));
        }
        return java.util.Collections.unmodifiableMap(members).entrySet();
    }

    private Object valueAt(int position) {
        int v = template.varyingIndex(position);
        return v < 0 ? template.fixedValue(position) : varying[v];
    }
}
