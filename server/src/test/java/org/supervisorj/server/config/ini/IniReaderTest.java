package org.supervisorj.server.config.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The RawConfigParser dialect, edge by edge (texts as Python 3.11 produces them). */
class IniReaderTest {
    private static IniDocument read(String text) throws IniException {
        IniDocument doc = new IniDocument();
        IniReader.readMain(doc, text, "f.conf");
        return doc;
    }

    private static String get(IniDocument doc, String section, String key) {
        return doc.get(section, key).orElseThrow();
    }

    @Test
    void inlineCommentsNeedWhitespaceBefore() throws Exception {
        IniDocument doc = read("[s]   ; header comment\na=b ;c\nb=b;c\nc = true # hash\nd=x#y ;z\n");
        assertEquals("b", get(doc, "s", "a"));
        assertEquals("b;c", get(doc, "s", "b"));
        assertEquals("true", get(doc, "s", "c"));
        assertEquals("x#y", get(doc, "s", "d"));
    }

    @Test
    void commentRoundsPreferTheFirstRoundThatQualifies() throws Exception {
        // 1st ';' (after "a") does not qualify but 1st '#' (after a space) does: cut there, not at " ;c".
        assertEquals("a;b ;c", get(read("[s]\nk=a;b ;c #d\n"), "s", "k"));
    }

    @Test
    void keysAreLowerCasedAndFirstDelimiterSplits() throws Exception {
        IniDocument doc = read("[S]\nCOMMAND = old\ncommand: new\nx : y = z\n");
        assertEquals("new", get(doc, "S", "command"));
        assertEquals("y = z", get(doc, "S", "x"));
        assertEquals(Optional.empty(), doc.get("s", "command"));
    }

    @Test
    void continuationLinesKeepBlankLinesInside() throws Exception {
        IniDocument doc = read("[s]\nenv = A=1,\n  B=2,\n\n  ; comment\n  C=3\n\nnext=1\n");
        assertEquals("A=1,\nB=2,\n\nC=3", get(doc, "s", "env"));
        assertEquals("1", get(doc, "s", "next"));
    }

    @Test
    void duplicateSectionsMergeAndDefaultIsInherited() throws Exception {
        IniDocument doc = read("[DEFAULT]\nd=1\n[a]\nk=1\n[b]\n[a]\nk=2\nj=3\n");
        assertEquals(List.of("a", "b"), doc.sections());
        assertEquals("2", get(doc, "a", "k"));
        assertEquals("1", get(doc, "b", "d"));
        assertEquals(List.of("k", "j", "d"), doc.options("a"));
    }

    @Test
    void headerIsTextUpToTheLastBracket() throws Exception {
        assertEquals(List.of("x", " sp ", "a]b"), read("[x]y\n[ sp ]\n[a]b]\n").sections());
    }

    @Test
    void badLinesAreAllReported() {
        IniException e = assertThrows(IniException.class, () -> read("[s]\nnovalue\nok=1\n=noname\n\tnope"));
        assertEquals("Source contains parsing errors: 'f.conf'\n\t[line  2]: 'novalue\\n'\n\t[line  4]: '=noname\\n'"
                + "\n\t[line  5]: '\\tnope'",
                e.getMessage());
    }

    @Test
    void optionBeforeAnySection() {
        IniException e = assertThrows(IniException.class, () -> read("key=value\n[s]\n"));
        assertEquals("File contains no section headers.\nfile: 'f.conf', line: 1\n'key=value\\n'", e.getMessage());
    }

    @Test
    void crAndCrLfEndLines() throws Exception {
        IniDocument doc = read("[s]\r\na=1\rb=2\r\n");
        assertEquals(Map.of("a", "1", "b", "2"), doc.ownItems("s"));
    }

    @Test
    void expandHereCopiesDefaultsIntoSections() throws Exception {
        IniDocument doc = read("[DEFAULT]\np=%(here)s/x\n[s]\nq=%(here)s\n");
        doc.expandHere("/h");
        assertEquals(Map.of("q", "/h", "p", "/h/x"), doc.ownItems("s"));
        assertEquals("%(here)s/x", doc.defaults().get("p"));
    }
}
