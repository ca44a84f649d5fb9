package org.supervisorj.server.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyPaths;

/** Python's tempfile.gettempdir(): the default childlogdir. */
final class TempDir {
    private TempDir() {
    }

    static String of(PathContext context) {
        for (String var : List.of("TMPDIR", "TEMP", "TMP")) {
            String dir = context.env().get(var);
            if (dir != null && usable(dir, context)) {
                return PyPaths.abspath(dir, context);
            }
        }
        for (String dir : List.of("/tmp", "/var/tmp", "/usr/tmp")) {
            if (usable(dir, context)) {
                return dir;
            }
        }
        return context.cwd().toString();
    }

    // Python probes by creating a file; a writable directory is the same test without the side effect.
    private static boolean usable(String dir, PathContext context) {
        try {
            Path p = context.cwd().resolve(dir);
            return Files.isDirectory(p) && Files.isWritable(p);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
