package org.supervisorj.server.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A log file opened for append that rolls over like Supervisor's RotatingFileHandler (spec §5.2):
 * the size is checked after each whole write; at {@code size >= maxBytes} the backups shift
 * ({@code .N-1 -> .N} ... {@code base -> .1}) and the base is reopened empty. {@code maxBytes <= 0}
 * never rotates (the only setting that works for non-seekable targets such as {@code /dev/stdout},
 * whose size always reads 0 here). Each method holds the monitor, so writes from several threads
 * land whole and in some order.
 */
final class RotatingFile implements AutoCloseable {
    private final Path path;
    private final long maxBytes;
    private final int backups;
    private FileChannel channel;
    // Our position in the file (Python's tell()): counted rather than asked for, which saves an
    // fstat per chunk of child output. If another program truncates the file, the count runs ahead
    // and the next rollover comes early; nothing is lost.
    private long size;

    RotatingFile(Path path, long maxBytes, int backups) throws IOException {
        this.path = path;
        this.maxBytes = maxBytes;
        this.backups = backups;
        this.channel = openAppend();
    }

    Path path() {
        return path;
    }

    /** Writes all of the bytes, then rolls over if the file reached maxBytes. */
    synchronized void write(byte[] data, int off, int len) throws IOException {
        if (channel == null) {
            throw new IOException("log file " + path + " is closed");
        }
        var buf = ByteBuffer.wrap(data, off, len);
        while (buf.hasRemaining()) {
            size += channel.write(buf);
        }
        rollOverIfFull();
    }

    synchronized void reopen() throws IOException {
        closeQuietly();
        channel = openAppend();
    }

    /** Closes, deletes the base file (not its backups, as Supervisor's remove()), and reopens it. */
    synchronized void removeAndReopen() throws IOException {
        closeQuietly();
        Files.deleteIfExists(path);
        channel = openAppend();
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            var c = channel;
            channel = null;
            c.close();
        }
    }

    private void rollOverIfFull() throws IOException {
        if (maxBytes <= 0 || size < maxBytes) {
            return;
        }
        closeQuietly();
        try {
            if (backups > 0) {
                for (int i = backups - 1; i > 0; i--) {
                    Path from = backup(i);
                    if (Files.exists(from)) {
                        moveIfPresent(from, backup(i + 1));
                    }
                }
                moveIfPresent(path, backup(1));
            }
        } catch (IOException e) {
            // Deviation from 4.2.5: Supervisor leaves the handler closed after a failed rename and
            // loses all later output; we keep appending to the base file instead.
            channel = openAppend();
            throw e;
        }
        channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        size = 0;
    }

    private Path backup(int n) {
        return path.resolveSibling(path.getFileName() + "." + n);
    }

    // rename(2) replaces the target, as Supervisor's remove-then-rename does; a source deleted meanwhile
    // (say, by a cleanup script) is not an error there either.
    private static void moveIfPresent(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (NoSuchFileException e) {
            // nothing to roll
        }
    }

    private FileChannel openAppend() throws IOException {
        FileChannel opened = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        size = opened.size();
        return opened;
    }

    private void closeQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // the data was already written; a failing close loses nothing more
            }
            channel = null;
        }
    }
}
