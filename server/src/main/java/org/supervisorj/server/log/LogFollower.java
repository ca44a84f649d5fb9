package org.supervisorj.server.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code tail -f} over HTTP ({@code /logtail/<name>[/<channel>]} and {@code /mainlogtail}), as
 * Supervisor's tail producer: first the last {@code head} bytes (the whole file if smaller), then
 * whatever is appended. When the path gets a new inode (rotation, clearing) the new file is followed
 * from its start; when the file shrinks, the text {@code ==> File truncated <==\n} is sent and
 * following restarts at offset 0. Not thread-safe: one follower per response.
 */
public final class LogFollower implements AutoCloseable {
    static final byte[] TRUNCATED = "==> File truncated <==\n".getBytes(StandardCharsets.US_ASCII);

    private final Path path;
    private FileChannel file;
    private Object inode;
    private long sent;

    private LogFollower(Path path, long head) throws IOException {
        this.path = path;
        open();
        long size = file.size();
        if (size >= head) {
            sent = size - head;
        }
    }

    /** Opens the log; Supervisor's handlers send 1024 for {@code head}. */
    public static LogFollower open(Path path, long head) throws IOException {
        return new LogFollower(path, head);
    }

    /**
     * The next bytes to stream: new data, the truncation notice, or empty when nothing changed (poll
     * again later; Supervisor polls every 0.1 s).
     *
     * @throws IOException when the stream should end (the file can no longer be read)
     */
    public Optional<byte[]> poll() throws IOException {
        follow();
        long size = file.size();
        long added = size - sent;
        if (added < 0) {
            sent = 0;
            return Optional.of(TRUNCATED.clone());
        }
        if (added == 0) {
            return Optional.empty();
        }
        // Deviation from 4.2.5: Supervisor reads the last `added` bytes of the file as it is at read
        // time, which skips or repeats data when the file grows in between; we read exactly [sent, size).
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(added, Integer.MAX_VALUE - 8));
        long pos = sent;
        while (buf.hasRemaining()) {
            int n = file.read(buf, pos);
            if (n < 0) {
                break;
            }
            pos += n;
        }
        sent = pos;
        byte[] out = new byte[buf.position()];
        buf.flip().get(out);
        return Optional.of(out);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    private void follow() throws IOException {
        Object now;
        try {
            now = Files.getAttribute(path, "unix:ino");
        } catch (IOException e) {
            return; // unlinked: keep reading the open file
        }
        if (!now.equals(inode)) {
            file.close();
            open();
        }
    }

    private void open() throws IOException {
        file = FileChannel.open(path, StandardOpenOption.READ);
        inode = Files.getAttribute(path, "unix:ino");
        sent = 0;
    }
}
