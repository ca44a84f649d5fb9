package org.supervisorj.server.config.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.supervisorj.server.text.PyRepr;

/** Python %-formatting over a dict, with Supervisor's two error wrappers (texts from Python 3.11). */
class InterpolationTest {
    private static final Map<String, Object> NAMES = names();

    private static Map<String, Object> names() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", "str");
        m.put("n", 7);
        m.put("m", -12);
        m.put("q", "it's");
        return m;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "%(a)s|str", "100%%|100%", "%(n)02d|07", "%(n)-5d!|7    !", "%(n)+d|+7", "%(n)#x|0x7", "%(n)#05x|0x007",
        "%(m)05d|-0012", "%(m)#X|-0XC", "%(n)#o|0o7", "%(a).2s|st", "%(a)5s|\"  str\"", "%(a)05s|\"  str\"", "%(a)r|'str'",
        "%(n)r|7", "%(n).0f|7", "%(n)#.0f|7.", "%(n)e|7.000000e+00", "%(n)g|7", "%(n)#g|7.00000",
        "%(n)ld|7", "%(n)05.2f|07.00", "%(n) d|\" 7\""})
    void formats(String format, String expected) throws Exception {
        assertEquals(expected, Interpolation.expand(format, NAMES, "s.o"));
    }

    @org.junit.jupiter.api.Test
    void reprPicksDoubleQuotesForASingleQuote() throws Exception {
        assertEquals("\"it's\"", Interpolation.expand("%(q)r", NAMES, "s.o"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "%|incomplete format", "%(a|incomplete format key", "%(a)|incomplete format", "%(n)5|incomplete format",
        "%y|unsupported format character 'y' (0x79) at index 1", "%(a)%|unsupported format character '%' (0x25) at index 4",
        "%5%|unsupported format character '%' (0x25) at index 2", "%(a)d|%d format: a real number is required, not str",
        "%(a)x|%x format: an integer is required, not str", "%(a)f|must be real number, not str",
        "%(a)c|%c requires int or char", "%(a)*d|* wants int", "%(a)s %s|not enough arguments for format string",
        "%d|%d format: a real number is required, not dict", "%(n)ll|unsupported format character 'l' (0x6c) at index 5"})
    void badFormats(String format, String pythonMessage) {
        IniException e = assertThrows(IniException.class, () -> Interpolation.expand(format, NAMES, "s.o"));
        assertEquals("Format string " + PyRepr.of(format) + " for 's.o' is badly formatted: " + pythonMessage,
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%(x)s", "%(x)d %(nope)s"})
    void unknownNameListsTheAvailableOnesSorted(String format) {
        IniException e = assertThrows(IniException.class, () -> Interpolation.expand(format, NAMES, "program:x.command"));
        assertEquals("Format string " + PyRepr.of(format) + " for 'program:x.command' contains names ('x') which "
                + "cannot be expanded. Available names: a, m, n, q", e.getMessage());
    }
}
