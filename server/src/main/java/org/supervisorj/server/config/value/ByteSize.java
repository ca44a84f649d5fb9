package org.supervisorj.server.config.value;

import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's byte_size: an int with an optional kb/mb/gb suffix (1024 multiples, any case). */
public final class ByteSize {
    private ByteSize() {
    }

    public static long parse(String s) throws InvalidValueException {
        String v = PyText.lower(s);
        long multiplier = 1;
        if (v.endsWith("kb")) {
            multiplier = 1024L;
        } else if (v.endsWith("mb")) {
            multiplier = 1024L * 1024;
        } else if (v.endsWith("gb")) {
            multiplier = 1024L * 1024 * 1024;
        }
        if (multiplier != 1) {
            v = v.substring(0, v.length() - 2); // the error shows the text without its suffix
        }
        try {
            return Math.multiplyExact(PyInt.parseLong(v), multiplier);
        } catch (ArithmeticException e) {
            // Deviation from 4.2.5: Python's result is unbounded.
            throw new InvalidValueException("integer value out of range: " + PyRepr.of(s));
        }
    }
}
