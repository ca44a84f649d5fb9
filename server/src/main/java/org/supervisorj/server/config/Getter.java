package org.supervisorj.server.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.supervisorj.server.config.ini.IniDocument;
import org.supervisorj.server.config.ini.Interpolation;

/**
 * Supervisor's {@code saneget}: a section value (or the default) expanded against the parser-wide names
 * ({@code ENV_*}, a live map that grows once [supervisord] environment is read) plus per-call names, which
 * win. String defaults are expanded like values; a null default means "absent" and returns null.
 */
final class Getter {
    private final IniDocument doc;
    private final Map<String, Object> parserNames;

    Getter(IniDocument doc, Map<String, Object> parserNames) {
        this.doc = doc;
        this.parserNames = parserNames;
    }

    IniDocument doc() {
        return doc;
    }

    String get(String section, String option, String def, Map<String, Object> names) throws ConfigException {
        String value = doc.get(section, option).orElse(def);
        if (value == null) {
            return null;
        }
        if (value.indexOf('%') < 0) {
            return value; // "s % dict" without a conversion is s itself; skip building the name map
        }
        Map<String, Object> combined = new Layered(names, parserNames);
        return Checked.call(() -> Interpolation.expand(value, combined, section + "." + option));
    }

    /** Without expansion ({@code do_expand=False}). */
    String raw(String section, String option, String def) {
        return doc.get(section, option).orElse(def);
    }

    /** names over parserNames without copying either (most values expand against ~50 names). */
    private static final class Layered extends java.util.AbstractMap<String, Object> {
        private final Map<String, Object> top;
        private final Map<String, Object> bottom;

        Layered(Map<String, Object> top, Map<String, Object> bottom) {
            this.top = top;
            this.bottom = bottom;
        }

        @Override
        public boolean containsKey(Object key) {
            return top.containsKey(key) || bottom.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            return top.containsKey(key) ? top.get(key) : bottom.get(key);
        }

        @Override
        public java.util.Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new LinkedHashMap<>(bottom);
            all.putAll(top);
            return all.entrySet();
        }
    }

    static String expand(String s, Map<String, Object> names, String where) throws ConfigException {
        return Checked.call(() -> Interpolation.expand(s, names, where));
    }
}
