package org.supervisorj.server.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Order-keeping immutable copies: environments keep Supervisor's insertion order. */
final class Maps {
    private Maps() {
    }

    static <K, V> Map<K, V> frozen(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
