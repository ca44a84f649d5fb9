package org.supervisorj.server.config.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Supervisor's dict_of_key_value_pairs (the {@code environment=} syntax): Python's non-POSIX shlex with
 * "/.+-():" added to the word characters, consumed as KEY = VALUE triples with exactly one separator token
 * skipped after each. Quotes are stripped from both ends of a value, never from a key.
 */
public final class KeyValuePairs {
    private KeyValuePairs() {
    }

    public static Map<String, String> parse(String s) throws InvalidValueException {
        List<String> tokens = Lexer.tokens(s);
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i += 4) {
            if (i + 3 > tokens.size() || !tokens.get(i + 1).equals("=")) {
                throw new InvalidValueException("Unexpected end of key/value pairs in value '" + s + "'");
            }
            result.put(tokens.get(i), stripQuotes(tokens.get(i + 2)));
        }
        return result;
    }

    private static String stripQuotes(String v) {
        int a = 0;
        int b = v.length();
        while (a < b && (v.charAt(a) == '\'' || v.charAt(a) == '"')) {
            a++;
        }
        while (b > a && (v.charAt(b - 1) == '\'' || v.charAt(b - 1) == '"')) {
            b--;
        }
        return v.substring(a, b);
    }

    /** shlex.shlex(s) with posix=False, as a port of read_token/get_token for that mode. */
    static final class Lexer {
        private static final String WHITESPACE = " \t\r\n";
        private final String in;
        private int pos;
        private char state = ' ';
        private boolean eof;
        private final java.util.ArrayDeque<String> pushback = new java.util.ArrayDeque<>();

        private Lexer(String in) {
            this.in = in;
        }

        static List<String> tokens(String s) throws InvalidValueException {
            Lexer lexer = new Lexer(s);
            List<String> out = new ArrayList<>();
            while (true) {
                String token = lexer.next();
                if (token.isEmpty()) {
                    return out;
                }
                out.add(token);
            }
        }

        private static boolean isWordChar(int c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_/.+-():".indexOf(c) >= 0;
        }

        private static boolean isQuote(int c) {
            return c == '\'' || c == '"';
        }

        private int read() {
            if (pos >= in.length()) {
                return -1;
            }
            int cp = in.codePointAt(pos);
            pos += Character.charCount(cp);
            return cp;
        }

        private void readLine() {
            int nl = in.indexOf('\n', pos);
            pos = nl < 0 ? in.length() : nl + 1;
        }

        private String next() throws InvalidValueException {
            if (!pushback.isEmpty()) {
                return pushback.removeFirst();
            }
            if (eof) {
                return "";
            }
            StringBuilder token = new StringBuilder();
            while (true) {
                int c = read();
                if (state == ' ') {
                    if (c < 0) {
                        eof = true;
                        return token.toString();
                    } else if (WHITESPACE.indexOf(c) >= 0) {
                        if (!token.isEmpty()) {
                            return token.toString();
                        }
                    } else if (c == '#') {
                        readLine();
                    } else if (isWordChar(c)) {
                        token.appendCodePoint(c);
                        state = 'a';
                    } else if (isQuote(c)) {
                        token.appendCodePoint(c);
                        state = (char) c;
                    } else {
                        return Character.toString(c);
                    }
                } else if (isQuote(state)) {
                    if (c < 0) {
                        throw new InvalidValueException("No closing quotation");
                    }
                    token.appendCodePoint(c);
                    if (c == state) {
                        state = ' ';
                        return token.toString();
                    }
                } else { // 'a': inside a word
                    if (c < 0) {
                        eof = true;
                        return token.toString();
                    } else if (WHITESPACE.indexOf(c) >= 0) {
                        state = ' ';
                        if (!token.isEmpty()) {
                            return token.toString();
                        }
                    } else if (c == '#') {
                        readLine(); // Supervisor quirk (non-POSIX shlex): the word goes on after the comment
                    } else if (isWordChar(c) || isQuote(c)) {
                        token.appendCodePoint(c);
                    } else {
                        pushback.addFirst(Character.toString(c));
                        state = ' ';
                        if (!token.isEmpty()) {
                            return token.toString();
                        }
                    }
                }
            }
        }
    }
}
