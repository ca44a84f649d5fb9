package org.supervisorj.server.config.value;

import java.math.BigInteger;

/** Supervisor's octal_type: Python int(x, 8), so "022", "22" and "0o22" are the same. */
public final class Octal {
    private Octal() {
    }

    public static int parse(String s) throws InvalidValueException {
        BigInteger v = PyInt.parse(s, 8);
        if (v == null) {
            throw new InvalidValueException(s + " can not be converted to an octal type");
        }
        if (v.bitLength() > 31) {
            // Deviation from 4.2.5: Python's result is unbounded.
            throw new InvalidValueException(s + " can not be converted to an octal type");
        }
        return v.intValue();
    }
}
