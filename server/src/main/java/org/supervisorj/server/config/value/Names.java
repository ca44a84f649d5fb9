package org.supervisorj.server.config.value;

import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's process_or_group_name: stripped, and free of the characters that break namespecs and URLs. */
public final class Names {
    private Names() {
    }

    public static String processOrGroupName(String name) throws InvalidValueException {
        String s = PyText.strip(name);
        for (String c : new String[] {" ", ":", "/"}) {
            if (s.contains(c)) {
                throw new InvalidValueException("Invalid name: " + PyRepr.of(name) + " because of character: "
                        + PyRepr.of(c));
            }
        }
        return s;
    }
}
