package org.supervisorj.server.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import org.supervisorj.server.text.PyRepr;

class ShlexTest {
    private static final String[] ATOMS = {" ", "  ", "\t", "\n", "\r", "'", "\"", "\\", "\\\\", "a", "bc", "#", "$x", "~",
        "*", ";", "é", "中", "😀", "\u0001", "\u007f", "\u00a0", "\u2028", "\u00ad", "=", "-c", "''", "\"\"", "\\\"", "\\'"};

    static List<String> corpus(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(List.of("", " ", "cat", "/bin/cat -n", "a 'b c' \"d e\"", "a\\ b", "'", "\"",
                "\\", "a\\", "'a\\'", "\"a\\\"b\"", "\"a\\nb\"", "x''y", "''", "\"\" ''", "a#b # c"));
        while (out.size() < count) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(ATOMS[random.nextInt(ATOMS.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void knownCases() throws Exception {
        assertEquals(List.of("a", "b c", "d e"), Shlex.split("a 'b c' \"d e\""));
        assertEquals(List.of("a#b", "#", "c"), Shlex.split("a#b # c"));
        assertEquals(List.of("", ""), Shlex.split("\"\" ''"));
        assertEquals(List.of("a\\nb"), Shlex.split("\"a\\nb\""));
        assertEquals("No closing quotation", assertThrows(Shlex.SplitException.class, () -> Shlex.split("'a")).getMessage());
        assertEquals("No escaped character", assertThrows(Shlex.SplitException.class, () -> Shlex.split("a\\")).getMessage());
    }

    /** A seeded corpus through Python's shlex.split and repr in one run; tokens travel hex-encoded. */
    @Test
    void matchesPythonShlexAndReprOnASeededCorpus() throws Exception {
        List<String> corpus = corpus(20261125L, 3000);
        List<String> expected = Python.run("""
                import sys, shlex
                for line in open(sys.argv[1], encoding='utf-8').read().split('\\n'):
                    s = bytes.fromhex(line).decode('utf-8')
                    try:
                        out = 'ok:' + ','.join(t.encode('utf-8').hex() for t in shlex.split(s))
                    except ValueError as e:
                        out = 'error:' + str(e)
                    print(out + '|' + repr(s).encode('utf-8').hex())
                """, corpus.stream().map(Python::hex).collect(Collectors.joining("\n")));
        assertEquals(corpus.size(), expected.size());
        for (int i = 0; i < corpus.size(); i++) {
            String s = corpus.get(i);
            String actual;
            try {
                actual = "ok:" + Shlex.split(s).stream().map(Python::hex).collect(Collectors.joining(","));
            } catch (Shlex.SplitException e) {
                actual = "error:" + e.getMessage();
            }
            actual += "|" + Python.hex(PyRepr.of(s));
            assertEquals(expected.get(i), actual, "input " + PyRepr.of(s));
        }
    }
}
