package org.supervisorj.server.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.supervisorj.server.text.PyRepr;

/** Supervisor's AUTO child log files: their names, and the cleanup of childlogdir (spec §5.2, §5.3). */
public final class LogFiles {
    static final String COULD_NOT_CLEAR = "Could not clear childlog dir";
    private static final String RANDOM_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";
    // Python's tempfile gives up after this many name collisions, too.
    private static final int ATTEMPTS = 10000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LogFiles() {}

    /**
     * Creates an empty AUTO log file, mode 0600:
     * {@code <childlogdir>/<process>-<channel>---<identifier>-<8 random [a-z0-9_]>.log}.
     * The returned path is absolute and normalised, as Python's mkstemp returns it.
     */
    public static Path createAutoLog(Path childLogDir, String processName, Channel channel, String identifier)
            throws IOException {
        Path dir = childLogDir.toAbsolutePath().normalize();
        String prefix = processName + "-" + channel.text() + "---" + identifier + "-";
        var mode = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        for (int i = 0; i < ATTEMPTS; i++) {
            Path candidate = dir.resolve(prefix + randomName() + ".log");
            try {
                return Files.createFile(candidate, mode);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
        throw new FileAlreadyExistsException(dir.toString(), null, "No usable temporary file name found");
    }

    /**
     * Deletes the AUTO logs (and their backups) of every supervisord that used {@code identifier}
     * in this directory, unless {@code nocleanup}. Failures are reported as Supervisor's WARN texts.
     */
    public static void clearAutoLogDir(Path childLogDir, String identifier, Consumer<String> warn) {
        Pattern pattern = cleanupPattern(identifier);
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(childLogDir)) {
            for (Path entry : entries) {
                names.add(entry.getFileName().toString());
            }
        } catch (IOException | RuntimeException e) {
            warn.accept(COULD_NOT_CLEAR);
            return;
        }
        for (String name : names) {
            if (pattern.matcher(name).lookingAt()) {
                Path path = childLogDir.resolve(name);
                try {
                    // Python's os.remove refuses directories, as delete-only-if-not-a-directory does here.
                    if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException("is a directory");
                    }
                    Files.delete(path);
                } catch (IOException e) {
                    warn.accept("Failed to clean up " + PyRepr.of(path.toString()));
                }
            }
        }
    }

    /**
     * Python's {@code re.match(r'.+?---<identifier>-\S+\.log\.{0,1}\d{0,4}', name)}.
     *
     * <p>Supervisor quirk (spec §5.3): kept that the identifier is not escaped, so regex characters
     * in it act as regex. An identifier that is not a valid regex throws here; Supervisor 4.2.5 dies
     * with a traceback.
     */
    static Pattern cleanupPattern(String identifier) {
        // UNIX_LINES: '.' excludes only '\n', as in Python; UNICODE_CHARACTER_CLASS: Python's \S and \d.
        return Pattern.compile(".+?---" + identifier + "-\\S+\\.log\\.{0,1}\\d{0,4}",
                Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);
    }

    private static String randomName() {
        var sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(RANDOM_CHARS.charAt(RANDOM.nextInt(RANDOM_CHARS.length())));
        }
        return sb.toString();
    }
}
