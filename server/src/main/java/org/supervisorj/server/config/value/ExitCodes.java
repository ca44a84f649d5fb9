package org.supervisorj.server.config.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.supervisorj.server.text.PyRepr;

/** Supervisor's list_of_exitcodes: comma-separated ints 0-255; an empty string is an empty list. */
public final class ExitCodes {
    private ExitCodes() {
    }

    public static List<Integer> parse(String s) throws InvalidValueException {
        List<Integer> codes = new ArrayList<>();
        if (s.isEmpty()) {
            return List.of();
        }
        for (String part : s.split(",", -1)) {
            BigInteger v = PyInt.tryParse(part);
            if (v == null || v.signum() < 0 || v.compareTo(BigInteger.valueOf(255)) > 0) {
                throw new InvalidValueException("not a valid list of exit codes: " + PyRepr.of(s));
            }
            codes.add(v.intValue());
        }
        return List.copyOf(codes);
    }
}
