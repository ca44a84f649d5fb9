package org.supervisorj.server.config.value;

import java.math.BigInteger;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.text.PyRepr;

/** Python's {@code int(s)} and {@code int(s, 8)}: surrounding whitespace, a sign, underscores between digits. */
public final class PyInt {
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyInt() {
    }

    /** int(s), as a Java int. */
    public static int parseInt(String s) throws InvalidValueException {
        BigInteger v = parse(s, 10);
        if (v == null) {
            throw new InvalidValueException("invalid literal for int() with base 10: " + PyRepr.of(s));
        }
        return narrow(v, INT_MIN, INT_MAX, s).intValue();
    }

    /** int(s), as a Java long (byte sizes). */
    public static long parseLong(String s) throws InvalidValueException {
        BigInteger v = parse(s, 10);
        if (v == null) {
            throw new InvalidValueException("invalid literal for int() with base 10: " + PyRepr.of(s));
        }
        return narrow(v, LONG_MIN, LONG_MAX, s).longValue();
    }

    /** int(s) or null when Python would raise ValueError. */
    public static BigInteger tryParse(String s) {
        return parse(s, 10);
    }

    // Deviation from 4.2.5: Python ints are unbounded; values that do not fit the Java field are rejected.
    private static BigInteger narrow(BigInteger v, BigInteger min, BigInteger max, String s) throws InvalidValueException {
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw new InvalidValueException("integer value out of range: " + PyRepr.of(s));
        }
        return v;
    }

    /** Digits in {@code radix} (10 or 8; 8 also takes the "0o" prefix), or null on a syntax error. */
    static BigInteger parse(String s, int radix) {
        String t = PyText.strip(s);
        int i = 0;
        boolean negative = false;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        boolean underscoreOk = false;
        if (radix == 8 && t.length() >= i + 2 && t.charAt(i) == '0' && (t.charAt(i + 1) == 'o' || t.charAt(i + 1) == 'O')) {
            i += 2;
            underscoreOk = true; // "0o_7" is valid
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = false;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                if (!underscoreOk || lastUnderscore) {
                    return null;
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp, 10) : -1;
            if (d < 0 || d >= radix) {
                return null;
            }
            digits.append((char) ('0' + d));
            underscoreOk = true;
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            return null;
        }
        BigInteger v = new BigInteger(digits.toString(), radix);
        return negative ? v.negate() : v;
    }
}
