package org.supervisorj.ctl.client;

import java.io.IOException;
import java.io.InputStream;

/** Decodes an HTTP/1.1 chunked body; ends after the last chunk and its trailer. */
final class ChunkedInputStream extends InputStream {
    private final InputStream in;
    private long remaining;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        if (remaining == 0 && !nextChunk()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) {
            done = true;
            return -1;
        }
        remaining -= n;
        if (remaining == 0) {
            HttpConnection.readLine(in); // the CRLF after the chunk data
        }
        return n;
    }

    /** Reads a chunk-size line; false (and the trailer consumed) on the last chunk or end of stream. */
    private boolean nextChunk() throws IOException {
        String line;
        do {
            line = HttpConnection.readLine(in);
        } while (line != null && line.isBlank());
        if (line == null) {
            done = true;
            return false;
        }
        int semi = line.indexOf(';');
        String size = (semi < 0 ? line : line.substring(0, semi)).strip();
        remaining = Long.parseLong(size.split("\\s+")[0], 16);
        if (remaining == 0) {
            for (String t = HttpConnection.readLine(in); t != null && !t.isEmpty(); t = HttpConnection.readLine(in)) {
                // trailer headers are ignored
            }
            done = true;
            return false;
        }
        return true;
    }
}
