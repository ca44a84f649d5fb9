package org.supervisorj.server.http;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A listening AF_UNIX channel and the socket file we linked into place.
 *
 * @param fileKey identity (device, inode) of the file we created, so that we never unlink a file that
 *                another program put there after us
 */
record BoundUnixSocket(ServerSocketChannel channel, Path file, Object fileKey) {

    void unlinkIfOurs() {
        try {
            Object now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (Objects.equals(now, fileKey)) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // already gone, or not ours to remove
        }
    }
}
