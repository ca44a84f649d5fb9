package org.supervisorj.server.config.ini;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supervisorj.server.text.PyRepr;

/**
 * A port of Python 3.11 {@code RawConfigParser._read} configured as Supervisor's UnhosedConfigParser:
 * delimiters {@code =} and {@code :}, full-line comments {@code #}/{@code ;}, inline comments {@code ;}/
 * {@code #} only at column 0 or after whitespace, strict=False (duplicates merged, last key wins),
 * empty lines kept inside multi-line values, keys lower-cased, section names verbatim.
 */
public final class IniReader {
    // SECTCRE: "[" then a greedy ".+" then "]", matched at the start of the stripped line (re.match).
    private static final Pattern SECTION = Pattern.compile("\\[(?<header>.+)\\]", Pattern.UNIX_LINES);
    // OPTCRE: the first "=" or ":" splits. UNIX_LINES: Python's "." stops only at "\n"; the \s
    // differences from Python (0x1c-0x1f) are absorbed by the strip()s that follow.
    private static final Pattern OPTION = Pattern.compile("(?<option>.*?)\\s*(?<vi>=|:)\\s*(?<value>.*)$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);

    private IniReader() {
    }

    /** Reads the main file (RawConfigParser.read_file): sections are not recorded as coming from an include. */
    public static void readMain(IniDocument doc, String text, String source) throws IniException {
        parse(doc, text, source);
    }

    /**
     * Reads an included file (UnhosedConfigParser.read): an unreadable file is skipped silently, and each
     * section new to the document is recorded as coming from {@code file}.
     */
    public static void readIncluded(IniDocument doc, Path file, String fileName) throws IniException {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (IOException e) {
            return;
        }
        Set<String> before = new HashSet<>(doc.sectionNames());
        parse(doc, text, fileName);
        for (String section : doc.sectionNames()) {
            if (!before.contains(section)) {
                doc.recordFile(section, fileName);
            }
        }
    }

    /** UTF-8, strictly: Python would fail on undecodable input too. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    }

    static void parse(IniDocument doc, String text, String source) throws IniException {
        // Values are collected as lists of lines during one file and joined at its end, like Python.
        Map<Map<String, String>, LinkedHashMap<String, List<String>>> pending = new IdentityHashMap<>();
        Map<String, String> cursect = null;
        String optname = null;
        int indentLevel = 0;
        StringBuilder errors = null;
        int lineno = 0;
        for (String line : lines(text)) {
            lineno++;
            int commentStart = inlineCommentStart(line);
            String stripped = PyText.strip(line);
            if (stripped.startsWith("#") || stripped.startsWith(";")) {
                commentStart = 0;
            }
            String value = PyText.strip(commentStart < 0 ? line : line.substring(0, commentStart));
            if (value.isEmpty()) {
                // a blank line belongs to the value being read, unless the line held a comment
                if (commentStart < 0 && cursect != null && optname != null && !optname.isEmpty()) {
                    pending.get(cursect).get(optname).add("");
                }
                continue;
            }
            int curIndent = firstNonSpace(line);
            if (cursect != null && optname != null && !optname.isEmpty() && curIndent > indentLevel) {
                pending.get(cursect).get(optname).add(value);
                continue;
            }
            indentLevel = curIndent;
            Matcher header = SECTION.matcher(value);
            if (header.lookingAt()) {
                cursect = doc.sectionForHeader(header.group("header"));
                pending.computeIfAbsent(cursect, k -> new LinkedHashMap<>());
                optname = null;
            } else if (cursect == null) {
                throw new IniException("File contains no section headers.\nfile: " + PyRepr.of(source)
                        + ", line: " + lineno + "\n" + PyRepr.of(line));
            } else {
                Matcher option = OPTION.matcher(value);
                if (option.matches()) {
                    String name = option.group("option");
                    if (name.isEmpty()) {
                        errors = error(errors, source, lineno, line);
                    }
                    optname = PyText.lower(PyText.rstrip(name));
                    List<String> parts = new ArrayList<>();
                    parts.add(PyText.strip(option.group("value")));
                    cursect.put(optname, "");
                    pending.get(cursect).put(optname, parts);
                } else {
                    errors = error(errors, source, lineno, line);
                }
            }
        }
        pending.forEach((section, values) -> values.forEach(
                (key, parts) -> doc.put(section, key, PyText.rstrip(String.join("\n", parts)))));
        if (errors != null) {
            throw new IniException(errors.toString());
        }
    }

    private static StringBuilder error(StringBuilder errors, String source, int lineno, String line) {
        if (errors == null) {
            errors = new StringBuilder("Source contains parsing errors: ").append(PyRepr.of(source));
        }
        return errors.append(String.format("\n\t[line %2d]: ", lineno)).append(PyRepr.of(line));
    }

    /**
     * Where an inline comment starts, or -1. Python scans in rounds (the n-th ';' and the n-th '#' per
     * round) and stops after the first round that finds a qualifying prefix, so with "a;b x;c #d" it cuts
     * at '#', not at the earlier " ;" of the next round. Kept as is.
     */
    private static int inlineCommentStart(String line) {
        int semi = -1;
        int hash = -1;
        boolean semiAlive = true;
        boolean hashAlive = true;
        while (semiAlive || hashAlive) {
            int best = -1;
            if (semiAlive) {
                semi = line.indexOf(';', semi + 1);
                semiAlive = semi >= 0;
                if (semiAlive && qualifies(line, semi)) {
                    best = semi;
                }
            }
            if (hashAlive) {
                hash = line.indexOf('#', hash + 1);
                hashAlive = hash >= 0;
                if (hashAlive && qualifies(line, hash) && (best < 0 || hash < best)) {
                    best = hash;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    private static boolean qualifies(String line, int index) {
        return index == 0 || PyText.isSpace(line.charAt(index - 1));
    }

    private static int firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!PyText.isSpace(line.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Lines as Python's text mode yields them: \r\n, \r and \n all end a line and become "\n". */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                cur.append(text, start, i).append('\n');
                out.add(cur.toString());
                cur.setLength(0);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
