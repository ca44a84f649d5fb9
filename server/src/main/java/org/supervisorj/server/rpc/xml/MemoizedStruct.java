package org.supervisorj.server.rpc.xml;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A read-only struct that keeps its XML-RPC text once {@link XmlRpcWriter} has written it, so that
 * an answer asked for again while unchanged is copied rather than encoded again: monitors poll
 * {@code getAllProcessInfo} many times a second, and a process's struct changes at most once a second
 * (its {@code now} field) unless its state does. To everyone else it is an ordinary map.
 */
public final class MemoizedStruct extends AbstractMap<String, Object> {
    private final Map<String, Object> members;
    // Written by whichever thread encodes first; two threads encoding at once write equal text.
    private volatile String encoded;

    /** @param members the struct's members in the order they are written; copied */
    public MemoizedStruct(Map<String, Object> members) {
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return members.entrySet();
    }

    @Override
    public Object get(Object key) {
        return members.get(key);
    }

    /** The {@code <value><struct>...</struct></value>} text, or null before the first write. */
    String encoded() {
        return encoded;
    }

    void remember(String text) {
        encoded = text;
    }
}
