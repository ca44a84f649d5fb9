package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildLogTest {
    @TempDir
    Path dir;

    @Test
    void rotatesAfterTheWriteThatReachesMaxBytesNeverSplittingIt() throws Exception {
        Path p = dir.resolve("c.log");
        try (var log = ChildLog.open(p, 10, 2, null)) {
            write(log, "1234567");      // 7
            write(log, "abcdefg");      // 14 >= 10: rolls, whole write in .1
            write(log, "0123456789XY"); // 12 >= 10: rolls again
            write(log, "tail");
        }
        assertEquals("tail", Files.readString(p));
        assertEquals("0123456789XY", Files.readString(dir.resolve("c.log.1")));
        assertEquals("1234567abcdefg", Files.readString(dir.resolve("c.log.2")));
        assertFalse(Files.exists(dir.resolve("c.log.3")));
    }

    @Test
    void zeroBackupsJustTruncates() throws Exception {
        Path p = dir.resolve("c.log");
        try (var log = ChildLog.open(p, 5, 0, null)) {
            write(log, "123456");
            write(log, "ab");
        }
        assertEquals("ab", Files.readString(p));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void appendsToAnExistingFileAndClearKeepsBackups() throws Exception {
        Path p = dir.resolve("c.log");
        Files.writeString(p, "old\n");
        Files.writeString(dir.resolve("c.log.1"), "backup");
        try (var log = ChildLog.open(p, 0, 3, null)) {
            write(log, "new\n");
            assertEquals("old\nnew\n", Files.readString(p));
            log.clear();
            assertEquals("", Files.readString(p));
            write(log, "after\n");
        }
        assertEquals("after\n", Files.readString(p));
        assertEquals("backup", Files.readString(dir.resolve("c.log.1")));
    }

    @Test
    void reopenFollowsThePathAfterTheFileWasMoved() throws Exception {
        Path p = dir.resolve("c.log");
        try (var log = ChildLog.open(p, 0, 0, null)) {
            write(log, "one");
            Files.move(p, dir.resolve("moved.log"));
            write(log, "two");
            log.reopen();
            write(log, "three");
        }
        assertEquals("onetwo", Files.readString(dir.resolve("moved.log")));
        assertEquals("three", Files.readString(p));
    }

    @Test
    void rotationMatchesSupervisorsRotatingFileHandler() throws Exception {
        var random = new Random(5);
        try (var py = new PythonOracle()) {
            for (int i = 0; i < 20; i++) {
                long max = 1 + random.nextInt(40);
                int backups = random.nextInt(4);
                List<String> chunks = new ArrayList<>();
                for (int c = 0, n = 1 + random.nextInt(25); c < n; c++) {
                    chunks.add(PythonOracle.hex(("c" + c + "-" + "x".repeat(random.nextInt(15)))
                            .getBytes(StandardCharsets.US_ASCII)));
                }
                Path pyDir = Files.createDirectory(dir.resolve("py" + i));
                Path javaDir = Files.createDirectory(dir.resolve("java" + i));
                py.ask("rotate", PythonOracle.hex(pyDir.resolve("r.log").toString()), "" + max, "" + backups,
                        String.join(",", chunks));
                try (var log = ChildLog.open(javaDir.resolve("r.log"), max, backups, null)) {
                    for (String c : chunks) {
                        byte[] b = PythonOracle.unhex(c);
                        log.write(b, 0, b.length);
                    }
                }
                assertEquals(contents(pyDir), contents(javaDir), "case " + i + " max " + max + " backups " + backups);
            }
        }
    }

    @Test
    void noByteIsLostAcrossRotationsWithConcurrentWriters() throws Exception {
        int writers = 4;
        int chunks = 2000;
        try (var pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Path p = dir.resolve("w" + w + ".log");
                done.add(pool.submit(() -> {
                    try (var log = ChildLog.open(p, 4096, 1000, null)) {
                        for (int c = 0; c < chunks; c++) {
                            write(log, "chunk " + c + " of " + p.getFileName() + "\n".repeat(1 + c % 5));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        for (int w = 0; w < writers; w++) {
            String name = "w" + w + ".log";
            var expected = new StringBuilder();
            for (int c = 0; c < chunks; c++) {
                expected.append("chunk ").append(c).append(" of ").append(name).append("\n".repeat(1 + c % 5));
            }
            // oldest backup first, base last
            var all = new ByteArrayOutputStream();
            var backups = new TreeMap<Integer, Path>();
            try (var s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().startsWith(name + "."))
                        .forEach(p -> backups.put(Integer.parseInt(p.getFileName().toString()
                                .substring(name.length() + 1)), p));
            }
            assertTrue(backups.size() > 5, "expected several rotations of " + name);
            for (Path b : backups.descendingMap().values()) {
                all.writeBytes(Files.readAllBytes(b));
            }
            all.writeBytes(Files.readAllBytes(dir.resolve(name)));
            assertArrayEquals(expected.toString().getBytes(StandardCharsets.US_ASCII), all.toByteArray(), name);
        }
    }

    private static TreeMap<String, String> contents(Path d) throws Exception {
        var m = new TreeMap<String, String>();
        try (var s = Files.list(d)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    private static void write(ChildLog log, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        log.write(b, 0, b.length);
    }
}
