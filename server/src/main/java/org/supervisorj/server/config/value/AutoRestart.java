package org.supervisorj.server.config.value;

import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's autorestart: never, when the exit code is unexpected, or always. */
public enum AutoRestart {
    FALSE, UNEXPECTED, TRUE;

    public static AutoRestart parse(String s) throws InvalidValueException {
        String v = PyText.lower(s);
        Boolean b = Booleans.tryParse(v);
        if (b != null) {
            return b ? TRUE : FALSE;
        }
        if (v.equals("unexpected")) {
            return UNEXPECTED;
        }
        throw new InvalidValueException("invalid 'autorestart' value " + PyRepr.of(v));
    }
}
