package org.supervisorj.ctl.config;

import java.util.Map;
import java.util.Optional;
import org.supervisorj.server.config.ini.IniDocument;
import org.supervisorj.server.config.ini.IniException;
import org.supervisorj.server.config.ini.IniReader;
import org.supervisorj.server.config.ini.Interpolation;

/** {@link IniDialect} over the server module's reader, so supervisorctl parses files as supervisord does. */
public final class ServerIniDialect implements IniDialect {
    @Override
    public Parsed parse(String text, String source) throws ConfigError {
        IniDocument doc = new IniDocument();
        try {
            IniReader.readMain(doc, text, source);
        } catch (IniException e) {
            throw new ConfigError(ConfigError.Kind.PARSE, e.getMessage());
        }
        return new Parsed() {
            @Override
            public boolean hasSection(String section) {
                return doc.hasSection(section);
            }

            @Override
            public Optional<String> get(String section, String key) {
                return doc.get(section, key);
            }
        };
    }

    @Override
    public String expand(String value, Map<String, String> names, String where) throws ConfigError {
        try {
            return Interpolation.expand(value, names, where);
        } catch (IniException e) {
            throw new ConfigError(ConfigError.Kind.USAGE, e.getMessage());
        }
    }
}
