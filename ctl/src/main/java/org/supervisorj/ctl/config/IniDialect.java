package org.supervisorj.ctl.config;

import java.util.Map;
import java.util.Optional;

/**
 * The INI reading supervisorctl needs: Python's RawConfigParser dialect and Supervisor's
 * {@code %(name)s} expansion. Implemented over the server module's reader, so that both programs read
 * a file the same way.
 */
public interface IniDialect {
    /** A parsed file: section lookup with {@code [DEFAULT]} fallback. */
    interface Parsed {
        boolean hasSection(String section);

        Optional<String> get(String section, String key);
    }

    /** @throws ConfigError with the parser's message if the text is not valid INI */
    Parsed parse(String text, String source) throws ConfigError;

    /** @throws ConfigError with Supervisor's message for an unknown name or a bad format */
    String expand(String value, Map<String, String> names, String where) throws ConfigError;
}
