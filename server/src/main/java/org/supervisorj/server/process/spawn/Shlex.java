package org.supervisorj.server.process.spawn;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code shlex.split(s)} (posix=True, comments=False, whitespace_split=True), the state
 * machine of shlex.read_token reduced to the states that mode reaches. Only space, tab, CR and LF
 * separate words; no variable, glob or tilde expansion.
 */
final class Shlex {
    private static final char WORD = 'a';
    private static final char BETWEEN = ' ';

    /** The ValueError text Python raises; supervisor appends it after "can't parse command ...: ". */
    static final class SplitException extends Exception {
        SplitException(String message) {
            super(message, null, false, false);
        }
    }

    private Shlex() {
    }

    static List<String> split(String s) throws SplitException {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        char state = BETWEEN;
        char escapedState = WORD;
        int i = 0;
        while (true) {
            int c = i < s.length() ? s.charAt(i++) : -1;
            if (state == BETWEEN || state == WORD) {
                if (c == -1 || isWhitespace(c)) {
                    if (token.length() > 0 || quoted) {
                        tokens.add(token.toString());
                        token.setLength(0);
                        quoted = false;
                    }
                    if (c == -1) {
                        return tokens;
                    }
                    state = BETWEEN;
                } else if (c == '\\') {
                    escapedState = WORD;
                    state = '\\';
                } else if (c == '\'' || c == '"') {
                    state = (char) c;
                } else {
                    token.append((char) c);
                    state = WORD;
                }
            } else if (state == '\'' || state == '"') {
                quoted = true;
                if (c == -1) {
                    throw new SplitException("No closing quotation");
                }
                if (c == state) {
                    state = WORD;
                } else if (c == '\\' && state == '"') {
                    escapedState = state;
                    state = '\\';
                } else {
                    token.append((char) c);
                }
            } else { // state == '\\'
                if (c == -1) {
                    throw new SplitException("No escaped character");
                }
                // Inside double quotes only the quote itself and the backslash may be escaped.
                if (escapedState == '"' && c != '\\' && c != '"') {
                    token.append('\\');
                }
                token.append((char) c);
                state = escapedState;
            }
        }
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
