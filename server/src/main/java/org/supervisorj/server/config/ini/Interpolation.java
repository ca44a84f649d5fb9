package org.supervisorj.server.config.ini;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.supervisorj.server.text.PyRepr;

/**
 * Supervisor's {@code expand()}: Python's {@code format % dict}. Values are {@code String} or {@code Integer}
 * (process_num, numprocs). Supports {@code %(name)} with flags {@code #0- +}, width, precision, the length
 * modifiers {@code hlL} (ignored) and the conversions {@code s r a d i u o x X e E f F g G c %}, with
 * Python's error texts wrapped in Supervisor's two messages.
 */
public final class Interpolation {
    private Interpolation() {
    }

    /** Expands {@code s}; {@code where} is the "section.option" (or bare option) named in errors. */
    public static String expand(String s, Map<String, ?> names, String where) throws IniException {
        try {
            return format(s, names);
        } catch (MissingName e) {
            List<String> available = new ArrayList<>(new TreeSet<>(names.keySet()));
            throw new IniException("Format string " + PyRepr.of(s) + " for " + PyRepr.of(where)
                    + " contains names (" + PyRepr.of(e.getMessage()) + ") which cannot be expanded. "
                    + "Available names: " + String.join(", ", available));
        } catch (BadFormat e) {
            throw new IniException("Format string " + PyRepr.of(s) + " for " + PyRepr.of(where)
                    + " is badly formatted: " + e.getMessage());
        }
    }

    /** KeyError: the message is the missing key. */
    static final class MissingName extends Exception {
        MissingName(String key) {
            super(key, null, false, false);
        }
    }

    /** Any other formatting error; the message is Python's. */
    static final class BadFormat extends Exception {
        BadFormat(String message) {
            super(message, null, false, false);
        }
    }

    static String format(String s, Map<String, ?> names) throws MissingName, BadFormat {
        StringBuilder out = new StringBuilder(s.length());
        // Python hands the whole mapping to an unkeyed conversion only while no argument was consumed yet.
        boolean consumed = false;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw new BadFormat("incomplete format");
            }
            Object arg;
            boolean keyed = false;
            String key = null;
            if (s.charAt(i) == '(') {
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    char k = s.charAt(i);
                    if (k == '(') {
                        depth++;
                    } else if (k == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw new BadFormat("incomplete format key");
                }
                key = s.substring(start, i - 1);
                keyed = true;
            }
            if (keyed) {
                if (!names.containsKey(key)) {
                    throw new MissingName(key);
                }
                arg = names.get(key);
            } else {
                arg = null; // bound below, once we know it is not "%%"
            }
            // flags
            boolean left = false;
            boolean plus = false;
            boolean space = false;
            boolean alt = false;
            boolean zero = false;
            while (i < n) {
                char f = s.charAt(i);
                if (f == '-') {
                    left = true;
                } else if (f == '+') {
                    plus = true;
                } else if (f == ' ') {
                    space = true;
                } else if (f == '#') {
                    alt = true;
                } else if (f == '0') {
                    zero = true;
                } else {
                    break;
                }
                i++;
            }
            int width = -1;
            if (i < n && s.charAt(i) == '*') {
                throw new BadFormat("* wants int");
            }
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                width = Math.max(width, 0) * 10 + (s.charAt(i) - '0');
                i++;
            }
            int precision = -1;
            if (i < n && s.charAt(i) == '.') {
                i++;
                if (i < n && s.charAt(i) == '*') {
                    throw new BadFormat("* wants int");
                }
                precision = 0;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    precision = precision * 10 + (s.charAt(i) - '0');
                    i++;
                }
            }
            if (i < n && (s.charAt(i) == 'h' || s.charAt(i) == 'l' || s.charAt(i) == 'L')) {
                i++; // one length modifier is skipped, as in C; a second is an unsupported conversion
            }
            if (i >= n) {
                throw new BadFormat("incomplete format");
            }
            int convAt = i;
            char conv = s.charAt(i++);
            if (conv == '%' && !keyed && width < 0 && precision < 0 && !left && !plus && !space && !alt && !zero) {
                out.append('%');
                continue;
            }
            if (!keyed) {
                if (consumed) {
                    throw new BadFormat("not enough arguments for format string");
                }
                arg = names;
            }
            consumed = true;
            String body = convert(conv, arg, alt, plus, space, precision, s, convAt);
            out.append(pad(body, width, left, zero && isNumeric(conv), conv));
        }
        return out.toString();
    }

    private static boolean isNumeric(char conv) {
        return "diuoxXeEfFgG".indexOf(conv) >= 0;
    }

    private static String convert(char conv, Object arg, boolean alt, boolean plus, boolean space, int precision,
            String s, int convAt) throws BadFormat {
        switch (conv) {
            case 's', 'r', 'a' -> {
                String text = conv == 's' ? str(arg) : repr(arg, conv == 'a');
                return precision >= 0 && precision < text.length() ? text.substring(0, precision) : text;
            }
            case 'd', 'i', 'u' -> {
                long v = integer(arg, "%" + conv + " format: a real number is required, not ");
                return sign(v, plus, space) + Long.toString(Math.abs(v)) ;
            }
            case 'o', 'x', 'X' -> {
                long v = integer(arg, "%" + conv + " format: an integer is required, not ");
                String digits = conv == 'o' ? Long.toOctalString(Math.abs(v)) : Long.toHexString(Math.abs(v));
                if (conv == 'X') {
                    digits = digits.toUpperCase(java.util.Locale.ROOT);
                }
                String prefix = alt ? (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") : "";
                return sign(v, plus, space) + prefix + digits;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                long v = integer(arg, "must be real number, not ");
                return sign(v, plus, space) + FloatFormat.format(Math.abs((double) v), conv, precision < 0 ? 6 : precision, alt);
            }
            case 'c' -> {
                if (arg instanceof Integer v) {
                    if (v < 0 || v > 0x10ffff) {
                        throw new BadFormat("%c arg not in range(0x110000)");
                    }
                    return new String(Character.toChars(v));
                }
                if (arg instanceof String str && str.codePointCount(0, str.length()) == 1) {
                    return str;
                }
                throw new BadFormat("%c requires int or char");
            }
            default -> throw new BadFormat(String.format("unsupported format character %s (0x%x) at index %d",
                    PyRepr.of(String.valueOf(conv)), (int) conv, s.codePointCount(0, convAt)));
        }
    }

    private static String sign(long v, boolean plus, boolean space) {
        return v < 0 ? "-" : plus ? "+" : space ? " " : "";
    }

    private static long integer(Object arg, String message) throws BadFormat {
        if (arg instanceof Integer v) {
            return v;
        }
        throw new BadFormat(message + typeName(arg));
    }

    private static String typeName(Object arg) {
        return arg instanceof String ? "str" : arg instanceof Integer ? "int" : "dict";
    }

    private static String str(Object arg) {
        if (arg instanceof Map<?, ?> map) {
            return repr(map, false);
        }
        return String.valueOf(arg);
    }

    private static String repr(Object arg, boolean ascii) {
        if (arg instanceof String v) {
            String r = PyRepr.of(v);
            return ascii ? asciiOnly(r) : r;
        }
        if (arg instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{");
            map.forEach((k, v) -> {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(repr(k, ascii)).append(": ").append(repr(v, ascii));
            });
            return b.append('}').toString();
        }
        return String.valueOf(arg);
    }

    private static String asciiOnly(String r) {
        StringBuilder b = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                b.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return b.toString();
    }

    /** Width padding: zero padding goes between the sign/prefix and the digits. */
    private static String pad(String body, int width, boolean left, boolean zero, char conv) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        String fill;
        if (left) {
            return body + " ".repeat(width - len);
        }
        if (zero) {
            int signLen = 0;
            if (!body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0) {
                signLen = 1;
            }
            if ((conv == 'x' || conv == 'X' || conv == 'o') && body.startsWith("0", signLen) && body.length() > signLen + 1
                    && "xXo".indexOf(body.charAt(signLen + 1)) >= 0) {
                signLen += 2;
            }
            fill = "0".repeat(width - len);
            return body.substring(0, signLen) + fill + body.substring(signLen);
        }
        return " ".repeat(width - len) + body;
    }
}
