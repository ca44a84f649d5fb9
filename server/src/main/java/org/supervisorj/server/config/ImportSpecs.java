package org.supervisorj.server.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for Python's import of a "module:attr" spec (pkg_resources EntryPoint syntax). Only the
 * Supervisor callables this port implements resolve.
 */
// Deviation from 4.2.5: any importable Python callable would resolve there; here only the built-ins do.
final class ImportSpecs {
    private static final Pattern SPEC = Pattern.compile("\\s*(?<module>[\\w.]+)\\s*(:\\s*(?<attr>[\\w.]+))?\\s*(\\[.*])?\\s*");

    private ImportSpecs() {
    }

    static boolean resolves(String spec, String expected) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches() || m.group("attr") == null) {
            return false;
        }
        return (m.group("module") + ":" + m.group("attr")).equals(expected);
    }
}
