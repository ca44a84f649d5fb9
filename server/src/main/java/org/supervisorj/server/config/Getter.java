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
        Map<String, Object> combined = new LinkedHashMap<>(parserNames);
        combined.putAll(names);
        return Checked.call(() -> Interpolation.expand(value, combined, section + "." + option));
    }

    /** Without expansion ({@code do_expand=False}). */
    String raw(String section, String option, String def) {
        return doc.get(section, option).orElse(def);
    }

    static String expand(String s, Map<String, Object> names, String where) throws ConfigException {
        return Checked.call(() -> Interpolation.expand(s, names, where));
    }
}
