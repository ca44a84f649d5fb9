package org.supervisorj.server.config;

import org.supervisorj.server.config.ini.IniException;
import org.supervisorj.server.config.value.InvalidValueException;

/** Runs a value parser or an expansion and turns its failure into a ConfigException with the same text. */
final class Checked {
    interface Call<T> {
        T get() throws InvalidValueException, IniException, ConfigException;
    }

    private Checked() {
    }

    static <T> T call(Call<T> call) throws ConfigException {
        try {
            return call.get();
        } catch (InvalidValueException | IniException e) {
            throw new ConfigException(e.getMessage());
        }
    }
}
