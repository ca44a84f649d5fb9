package org.supervisorj.server.config.value;

import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's boolean(): yes/true/on/1 and no/false/off/0, any case. */
public final class Booleans {
    private Booleans() {
    }

    public static boolean parse(String s) throws InvalidValueException {
        Boolean b = tryParse(s);
        if (b == null) {
            throw new InvalidValueException("not a valid boolean value: " + PyRepr.of(s));
        }
        return b;
    }

    static Boolean tryParse(String s) {
        return switch (PyText.lower(s)) {
            case "yes", "true", "on", "1" -> true;
            case "no", "false", "off", "0" -> false;
            default -> null;
        };
    }
}
