package org.supervisorj.compat.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.server.config.ini.IniDocument;
import org.supervisorj.server.config.ini.IniException;
import org.supervisorj.server.config.ini.IniReader;

/**
 * Differential fuzz of IniReader against Python's UnhosedConfigParser: seeded random files built from the
 * dialect's tricky atoms, each read by both, compared on the parsed sections/values or the error text.
 */
class IniFuzzTest {
    private static final long SEED = 20240425L;
    private static final int FILES = 400;

    private static final String[] HEADERS = {"[program:x]", "[program:x]   ; c", "[x]y", "[ sp ]", "[DEFAULT]",
            "[a=b]", "[program:y] #c", "[]", "[supervisord]", "[Sec]", "[x]]", "  [indented]"};
    private static final String[] LINES = {"key=value", "Key = Value ; comment", "k=a;b", "k=a ;b", "k = a #b",
            "k=a#b", "COLON : v", "k:v=w", "dup=1", "dup=2", "novalue", "=noname", " continued", "\tcont tab",
            "", "   ", "; comment", "# comment", "  ; indented comment", "k=", "k = \\", "k=%(here)s", "k=100%%",
            "k=中文 ; 注释", "k=\u00a0nbsp", "k=a\u2028b", "k = 'q ; x'", "k=x\ty", "  k2 = deeper", "k=\u000bv",
            "K=upper", "k = v ;", "x : y : z", "k=[not a header]"};

    @TempDir
    Path dir;

    @Test
    void sameAsUnhosedConfigParser() throws Exception {
        Random random = new Random(SEED);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            Path f = dir.resolve("f" + i + ".ini");
            Files.writeString(f, generate(random));
            files.add(f);
        }
        List<String> args = new ArrayList<>(List.of("ini"));
        files.forEach(f -> args.add(f.toString()));
        Map<String, List<String>> reference = ReferencePython.run(dir, args);
        int failures = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path f : files) {
            List<String> expected = reference.get(f.toString());
            List<String> actual = ours(f);
            if (expected.getFirst().equals("status=2")) {
                failures++;
            }
            if (!expected.equals(actual) && mismatches.size() < 5) {
                mismatches.add(f + " <<<\n" + Files.readString(f) + ">>>\nexpected " + expected + "\nactual   " + actual);
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(failures > 0 && failures < FILES, "the generator should make both good and bad files: " + failures);
    }

    private static List<String> ours(Path f) throws Exception {
        List<String> out = new ArrayList<>();
        IniDocument doc = new IniDocument();
        try {
            IniReader.readMain(doc, IniReader.decode(Files.readAllBytes(f)), f.toString());
        } catch (IniException e) {
            out.add("status=2");
            out.add("error=" + Json.of(e.getMessage()));
            return out;
        }
        out.add("status=0");
        doc.defaults().forEach((k, v) -> out.add("DEFAULT." + k + "=" + Json.of(v)));
        for (String s : doc.sections()) {
            out.add("section=" + Json.of(s));
            doc.ownItems(s).forEach((k, v) -> out.add(s + "." + k + "=" + Json.of(v)));
        }
        return out;
    }

    private static String generate(Random r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) != 0) {
            b.append(HEADERS[r.nextInt(HEADERS.length)]).append('\n');
        }
        int n = 3 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(6) == 0) {
                b.append(HEADERS[r.nextInt(HEADERS.length)]);
            } else {
                b.append(LINES[r.nextInt(LINES.length)]);
            }
            b.append(switch (r.nextInt(10)) {
                case 0 -> "\r\n";
                case 1 -> "\r";
                default -> "\n";
            });
        }
        if (r.nextBoolean()) {
            b.setLength(b.length() - 1); // no final newline
        }
        return b.toString();
    }
}
