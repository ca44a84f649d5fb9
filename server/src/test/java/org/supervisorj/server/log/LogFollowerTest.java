package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFollowerTest {
    @TempDir
    Path dir;

    @Test
    void startsWithTheLastHeadBytesThenStreamsAppends() throws Exception {
        Path p = dir.resolve("f.log");
        Files.writeString(p, "0123456789");
        try (var f = LogFollower.open(p, 4)) {
            assertEquals("6789", next(f));
            assertEquals(Optional.empty(), f.poll());
            Files.writeString(p, "ab", StandardOpenOption.APPEND);
            assertEquals("ab", next(f));
        }
    }

    @Test
    void aSmallFileIsSentWhole() throws Exception {
        Path p = dir.resolve("f.log");
        Files.writeString(p, "short");
        try (var f = LogFollower.open(p, 1024)) {
            assertEquals("short", next(f));
        }
    }

    @Test
    void truncationIsAnnouncedAndFollowingRestartsAtZero() throws Exception {
        Path p = dir.resolve("f.log");
        Files.writeString(p, "0123456789");
        try (var f = LogFollower.open(p, 1024)) {
            next(f);
            Files.writeString(p, "xy"); // same inode, smaller
            assertEquals("==> File truncated <==\n", next(f));
            assertEquals("xy", next(f));
        }
    }

    @Test
    void rotationIsFollowedFromTheStartOfTheNewFile() throws Exception {
        Path p = dir.resolve("f.log");
        Files.writeString(p, "old content");
        try (var f = LogFollower.open(p, 1024)) {
            next(f);
            Files.move(p, dir.resolve("f.log.1"));
            Files.writeString(p, "fresh");
            assertEquals("fresh", next(f));
        }
    }

    private static String next(LogFollower f) throws Exception {
        return new String(f.poll().orElseThrow(), StandardCharsets.UTF_8);
    }
}
