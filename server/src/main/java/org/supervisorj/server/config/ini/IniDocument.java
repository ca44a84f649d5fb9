package org.supervisorj.server.config.ini;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Supervisor's parser holds after reading one or more files: sections in order of first appearance
 * (duplicates merged), lower-cased keys, the {@code [DEFAULT]} section inherited by every other one, and for
 * each section the included file it first appeared in.
 *
 * <p>Mutable while the loader reads files and rewrites {@code %(here)s}; the config model built from it is
 * immutable.
 */
public final class IniDocument {
    static final String DEFAULT_SECTION = "DEFAULT";

    private final Map<String, LinkedHashMap<String, String>> sections = new LinkedHashMap<>();
    private final LinkedHashMap<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, String> sectionToFile = new HashMap<>();

    /** Section names in order of first appearance, without DEFAULT. */
    public List<String> sections() {
        return List.copyOf(sections.keySet());
    }

    public boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** The value of {@code key} in {@code section}, falling back to DEFAULT (RawConfigParser.get). */
    public Optional<String> get(String section, String key) {
        Map<String, String> own = sections.get(section);
        if (own != null && own.containsKey(key)) {
            return Optional.of(own.get(key));
        }
        return Optional.ofNullable(defaults.get(key));
    }

    /** The section's own keys, then DEFAULT's (RawConfigParser.options order). */
    public List<String> options(String section) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(sections.getOrDefault(section, new LinkedHashMap<>()).keySet());
        keys.addAll(defaults.keySet());
        return new ArrayList<>(keys);
    }

    /** DEFAULT's keys overlaid with the section's (RawConfigParser.items order). */
    public Map<String, String> items(String section) {
        LinkedHashMap<String, String> all = new LinkedHashMap<>(defaults);
        all.putAll(sections.getOrDefault(section, new LinkedHashMap<>()));
        return all;
    }

    public Map<String, String> defaults() {
        return java.util.Collections.unmodifiableMap(defaults);
    }

    /** The included file a section first appeared in; empty for sections of the main file. */
    public Optional<String> fileOf(String section) {
        return Optional.ofNullable(sectionToFile.get(section));
    }

    public void set(String section, String key, String value) {
        sections.get(section).put(PyText.lower(key), value);
    }

    /**
     * Replaces the literal text {@code %(here)s} in every section's values (DEFAULT ones included, which
     * are thereby copied into the section) by {@code here}.
     */
    public void expandHere(String here) {
        for (String section : sections.keySet()) {
            items(section).forEach((key, value) -> {
                if (value.contains("%(here)s")) {
                    set(section, key, value.replace("%(here)s", here));
                }
            });
        }
    }

    // --- used by IniReader while reading one file ---

    /** The section map to fill for a header, creating it (or DEFAULT's) on first sight. */
    LinkedHashMap<String, String> sectionForHeader(String name) {
        LinkedHashMap<String, String> existing = sections.get(name);
        if (existing != null) {
            return existing;
        }
        if (name.equals(DEFAULT_SECTION)) {
            return defaults;
        }
        LinkedHashMap<String, String> created = new LinkedHashMap<>();
        sections.put(name, created);
        return created;
    }

    java.util.Set<String> sectionNames() {
        return sections.keySet();
    }

    void recordFile(String section, String file) {
        sectionToFile.put(section, file);
    }
}
