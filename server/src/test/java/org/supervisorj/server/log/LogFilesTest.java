package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogFilesTest {
    @TempDir
    Path dir;

    @Test
    void autoLogIsEmptyMode0600WithSupervisorsName() throws Exception {
        Path p = LogFiles.createAutoLog(dir, "cat", Channel.STDERR, "supervisor");
        assertEquals(dir.toAbsolutePath().normalize(), p.getParent());
        assertTrue(Pattern.matches("cat-stderr---supervisor-[a-z0-9_]{8}\\.log", p.getFileName().toString()),
                p.toString());
        assertEquals(0, Files.size(p));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
        Path q = LogFiles.createAutoLog(dir, "cat", Channel.STDERR, "supervisor");
        assertFalse(p.equals(q));
    }

    @ParameterizedTest(name = "{0} with identifier {1}: {2}")
    @CsvSource({
            "cat-stdout---supervisor-abcd1234.log, supervisor, true",
            "cat-stdout---supervisor-abcd1234.log.1, supervisor, true",
            "cat-stdout---supervisor-abcd1234.log.12345, supervisor, true",
            "cat-stdout---supervisor-abcd1234.logfile, supervisor, true",
            "cat-stdout---other-abcd1234.log, supervisor, false",
            "---supervisor-abcd1234.log, supervisor, false",
            "x---supervisor-.log, supervisor, false",
            "cat-stdout---supervisorX-abcd1234.log, supervisor, false",
            "cat-stdout---sup.rvisor-abcd1234.log, sup.rvisor, true",
            "cat-stdout---supXrvisor-abcd1234.log, sup.rvisor, true",
            "a b---supervisor-x.log, supervisor, true",
            "a---supervisor-x y.log, supervisor, false",
    })
    void cleanupPatternIsSupervisorsPrefixMatch(String name, String identifier, boolean expected) {
        assertEquals(expected, LogFiles.cleanupPattern(identifier).matcher(name).lookingAt());
    }

    @Test
    void cleanupPatternAgreesWithPythonRe() throws Exception {
        String[] names = {"cat-stdout---supervisor-abcd1234.log", "a\u00a0b---supervisor-x.log",
                "a---supervisor-x\u00a0y.log", "a\rb---supervisor-x.log", "a---supervisor-x.log.\u0661",
                "a\u2028---supervisor-x.log", "a\nb---supervisor-x.log", "a---supervisor-x\u2003.log"};
        try (var py = new PythonOracle()) {
            for (String name : names) {
                for (String id : List.of("supervisor", "sup.r+visor", "s[ue]pervisor")) {
                    boolean java = LogFiles.cleanupPattern(id).matcher(name).lookingAt();
                    assertEquals(py.ask("match", PythonOracle.hex(id), PythonOracle.hex(name)), java ? "1" : "0",
                            name + " / " + id);
                }
            }
        }
    }

    @Test
    void clearDeletesMatchingFilesAndBackupsOnly() throws Exception {
        for (String n : List.of("a-stdout---supervisor-x1.log", "a-stdout---supervisor-x1.log.3",
                "b-stderr---supervisor-y2.log", "keep.log", "a-stdout---other-x1.log")) {
            Files.createFile(dir.resolve(n));
        }
        List<String> warnings = new ArrayList<>();
        LogFiles.clearAutoLogDir(dir, "supervisor", warnings::add);
        assertEquals(List.of(), warnings);
        try (var s = Files.list(dir)) {
            assertEquals(Set.of("keep.log", "a-stdout---other-x1.log"),
                    Set.copyOf(s.map(p -> p.getFileName().toString()).toList()));
        }
    }

    @Test
    void clearWarnsWithSupervisorsTexts() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("d-stdout---supervisor-x.log"));
        List<String> warnings = new ArrayList<>();
        LogFiles.clearAutoLogDir(dir, "supervisor", warnings::add);
        assertEquals(List.of("Failed to clean up '" + sub + "'"), warnings);

        warnings.clear();
        LogFiles.clearAutoLogDir(dir.resolve("absent"), "supervisor", warnings::add);
        assertEquals(List.of("Could not clear childlog dir"), warnings);
    }
}
