package org.supervisorj.server.rpc.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text of scalar elements to values, with the syntax Python's int(), float() and strptime() accept. */
final class Scalars {
    /** time.strptime's patterns for %Y%m%dT%H:%M:%S (it matches case-insensitively, so 't' passes too). */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})(1[0-2]|0[1-9]|[1-9])(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])[Tt]"
                    + "(2[0-3]|[01]\\d|\\d):([0-5]\\d|\\d):(6[01]|[0-5]\\d|\\d)");

    private Scalars() {
    }

    /** Python int(text), refused outside 32 bits. */
    static int parseInt(String text) throws XmlRpcParseException {
        String s = strip(text);
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i == n) {
            throw bad("int", text);
        }
        long value = 0;
        boolean lastWasDigit = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_' && lastWasDigit && i + 1 < n) {   // Python allows single underscores between digits
                lastWasDigit = false;
                continue;
            }
            int d = Character.digit(c, 10);
            if (d < 0) {
                throw bad("int", text);
            }
            value = value * 10 + d;
            lastWasDigit = true;
            if (value > 1L << 31) {
                throw outOfRange(text);
            }
        }
        if (!lastWasDigit) {
            throw bad("int", text);
        }
        long signed = negative ? -value : value;
        if (signed != (int) signed) {
            throw outOfRange(text);
        }
        return (int) signed;
    }

    private static XmlRpcParseException outOfRange(String text) {
        // Deviation from 4.2.5: Supervisor decodes any Python int; Python clients never send one beyond
        // 32 bits (their dumps refuses), so such a call is treated as malformed.
        return new XmlRpcParseException("int out of 32-bit range: " + quote(text));
    }

    /** Python float(text). */
    static double parseDouble(String text) throws XmlRpcParseException {
        String s = strip(text);
        StringBuilder ascii = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            ascii.append(s.charAt(i++));
        }
        String word = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        switch (word) {
            case "inf", "infinity" -> {
                return ascii.isEmpty() || ascii.charAt(0) == '+' ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        // digits ["." digits] or "." digits, then optional exponent; '_' only between two digits
        int mantissaDigits = 0;
        boolean dot = false;
        boolean exponent = false;
        int exponentDigits = 0;
        char prev = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int d = Character.digit(c, 10);
            if (d >= 0) {
                ascii.append((char) ('0' + d));
                if (exponent) {
                    exponentDigits++;
                } else {
                    mantissaDigits++;
                }
            } else if (c == '_' && Character.digit(prev, 10) >= 0 && i + 1 < n && Character.digit(s.charAt(i + 1), 10) >= 0) {
                // skip
            } else if (c == '.' && !dot && !exponent) {
                dot = true;
                ascii.append('.');
            } else if ((c == 'e' || c == 'E') && !exponent && mantissaDigits > 0) {
                exponent = true;
                ascii.append('e');
                if (i + 1 < n && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
                    ascii.append(s.charAt(++i));
                    c = s.charAt(i);
                }
            } else {
                throw bad("double", text);
            }
            prev = c;
        }
        if (mantissaDigits == 0 || (exponent && exponentDigits == 0)) {
            throw bad("double", text);
        }
        return Double.parseDouble(ascii.toString());
    }

    /** time.strptime(text, "%Y%m%dT%H:%M:%S") then datetime(): exact match, real calendar dates only. */
    static LocalDateTime parseDateTime(String text) throws XmlRpcParseException {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            throw bad("dateTime.iso8601", text);
        }
        try {
            return LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3).strip()), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6)));
        } catch (DateTimeException e) {
            throw new XmlRpcParseException("invalid dateTime.iso8601 " + quote(text) + ": " + e.getMessage(), e);
        }
    }

    /** base64.decodebytes: characters outside the alphabet are skipped. */
    static byte[] parseBase64(String text) throws XmlRpcParseException {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new XmlRpcParseException("invalid base64: " + e.getMessage(), e);
        }
    }

    /** Supervisor's server turns base64 into str with a strict UTF-8 decode. */
    static String utf8(byte[] bytes) throws XmlRpcParseException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlRpcParseException("base64 value is not UTF-8 text", e);
        }
    }

    /** Python's str.strip(): Unicode whitespace as Python defines it (Java's differs, e.g. for U+00A0). */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085' || c == '\u00a0'
                || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    private static XmlRpcParseException bad(String type, String text) {
        return new XmlRpcParseException("invalid " + type + " value " + quote(text));
    }

    /** The offending text in messages, shortened: it comes from the client. */
    static String quote(String text) {
        String t = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "'" + t + "'";
    }
}
