package org.supervisorj.server.config.ini;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Python's %e, %f and %g for the non-negative whole numbers that can reach them (process_num, numprocs). */
final class FloatFormat {
    private FloatFormat() {
    }

    static String format(double v, char conv, int precision, boolean alt) {
        return switch (conv) {
            case 'f', 'F' -> fixed(v, precision, alt);
            case 'e', 'E' -> exp(v, precision, alt, conv == 'E');
            default -> general(v, precision == 0 ? 1 : precision, alt, conv == 'G');
        };
    }

    private static String fixed(double v, int precision, boolean alt) {
        String s = new BigDecimal(v).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    private static String exp(double v, int precision, boolean alt, boolean upper) {
        String s = String.format(Locale.ROOT, "%." + precision + "e", v);
        if (alt && precision == 0) {
            s = s.replace("e", ".e");
        }
        return upper ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static String general(double v, int precision, boolean alt, boolean upper) {
        int exponent = v == 0 ? 0 : (int) Math.floor(Math.log10(v));
        // re-check the exponent after rounding to the requested significant digits
        if (v != 0) {
            BigDecimal rounded = new BigDecimal(v).round(new java.math.MathContext(precision, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        String s;
        if (exponent < -4 || exponent >= precision) {
            s = exp(v, precision - 1, alt, upper);
            if (!alt) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String mantissa = s.substring(0, e);
                if (mantissa.contains(".")) {
                    mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                s = mantissa + s.substring(e);
            }
        } else {
            s = fixed(v, Math.max(precision - 1 - exponent, 0), alt);
            if (!alt && s.contains(".")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        return s;
    }
}
