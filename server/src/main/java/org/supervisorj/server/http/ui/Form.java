package org.supervisorj.server.http.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The request's form, merged as Supervisor's web handler merges it: the query string (first value
 * of a name wins), then an urlencoded POST body (its values override the query's; the last wins).
 * Blank values are dropped, as Python's {@code parse_qs} drops them.
 */
record Form(Map<String, String> values) {

    static Form of(String query, String body) {
        Map<String, String> values = new HashMap<>();
        parse(query, values, false);
        parse(body, values, true);
        return new Form(Map.copyOf(values));
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    private static void parse(String encoded, Map<String, String> into, boolean override) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = decode(pair.substring(0, eq));
            String value = decode(pair.substring(eq + 1));
            if (name == null || value == null || value.isEmpty()) {
                continue;
            }
            if (override) {
                into.put(name, value);
            } else {
                into.putIfAbsent(name, value);
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // a broken %-escape: ignore the pair rather than fail the page
        }
    }
}
