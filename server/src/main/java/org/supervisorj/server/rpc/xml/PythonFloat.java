package org.supervisorj.server.rpc.xml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr(float)}, which xmlrpc.client writes inside {@code <double>}. */
final class PythonFloat {
    private PythonFloat() {
    }

    static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (Double.doubleToRawLongBits(d) < 0) ? "-0.0" : "0.0";
        }
        double abs = Math.abs(d);
        // Since JDK 19 Double.toString gives the shortest digits that round-trip, the closest of them
        // to the exact value, as Python does; only the one-digit case differs (see shortest()).
        BigDecimal bd = new BigDecimal(Double.toString(abs)).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale();   // value = 0.DIGITS x 10^decpt
        if (digits.length() == 2) {
            BigDecimal one = shortest(abs, bd);
            if (one != null) {
                digits = one.unscaledValue().toString();
                decpt = digits.length() - one.scale();
            }
        }
        StringBuilder b = new StringBuilder(24);
        if (d < 0) {
            b.append('-');
        }
        // Python's 'r' format switches to an exponent outside 1e-4 <= |x| < 1e16.
        if (decpt <= -4 || decpt > 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            int exp = decpt - 1;
            b.append(exp < 0 ? "e-" : "e+");
            int e = Math.abs(exp);
            if (e < 10) {
                b.append('0');
            }
            b.append(e);
        } else if (decpt <= 0) {
            b.append("0.").repeat('0', -decpt).append(digits);
        } else if (decpt >= digits.length()) {
            b.append(digits).repeat('0', decpt - digits.length()).append(".0");
        } else {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        }
        return b.toString();
    }

    /**
     * Java may print two digits where one already round-trips, when the two-digit decimal is closer
     * (4.9E-324 where Python prints 5e-324). Python always prefers fewer digits: returns the closest
     * one-digit decimal that parses back to {@code abs}, or null if there is none.
     */
    private static BigDecimal shortest(double abs, BigDecimal twoDigits) {
        BigDecimal exact = new BigDecimal(abs);
        BigDecimal down = twoDigits.round(new MathContext(1, RoundingMode.FLOOR));
        BigDecimal up = twoDigits.round(new MathContext(1, RoundingMode.CEILING));
        BigDecimal best = null;
        for (BigDecimal c : new BigDecimal[] {down, up}) {
            if (c.signum() > 0 && c.doubleValue() == abs
                    && (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = c;
            }
        }
        return best == null ? null : best.stripTrailingZeros();
    }
}
