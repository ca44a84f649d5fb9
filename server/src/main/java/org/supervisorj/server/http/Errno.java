package org.supervisorj.server.http;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

/**
 * Linux errno values that socket setup can hit. The JDK reports them only as strerror text (or as a
 * file-exception type), while Supervisor's messages name them ({@code errno.ENOENT (2)}).
 */
enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    EACCES(13, "Permission denied"),
    EEXIST(17, "File exists"),
    ENOTDIR(20, "Not a directory"),
    EISDIR(21, "Is a directory"),
    EINVAL(22, "Invalid argument"),
    ENFILE(23, "Too many open files in system"),
    EMFILE(24, "Too many open files"),
    ENOSPC(28, "No space left on device"),
    EROFS(30, "Read-only file system"),
    ENAMETOOLONG(36, "File name too long"),
    ELOOP(40, "Too many levels of symbolic links"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EADDRINUSE(98, "Address already in use"),
    EADDRNOTAVAIL(99, "Cannot assign requested address"),
    ECONNREFUSED(111, "Connection refused");

    private final int number;
    private final String text;

    Errno(int number, String text) {
        this.number = number;
        this.text = text;
    }

    int number() {
        return number;
    }

    /** Python's {@code errno.NAME (n)} form. */
    String pythonForm() {
        return "errno." + name() + " (" + number + ")";
    }

    static Optional<Errno> of(IOException e) {
        switch (e) {
            case NoSuchFileException x -> {
                return Optional.of(ENOENT);
            }
            case AccessDeniedException x -> {
                return Optional.of(EACCES);
            }
            case FileAlreadyExistsException x -> {
                return Optional.of(EEXIST);
            }
            case NotDirectoryException x -> {
                return Optional.of(ENOTDIR);
            }
            case FileSystemException fs when fs.getReason() != null -> {
                return byText(fs.getReason());
            }
            default -> {
                return e.getMessage() == null ? Optional.empty() : byText(e.getMessage());
            }
        }
    }

    private static Optional<Errno> byText(String message) {
        for (Errno errno : values()) {
            if (message.equals(errno.text) || message.endsWith(": " + errno.text)) {
                return Optional.of(errno);
            }
        }
        return Optional.empty();
    }
}
