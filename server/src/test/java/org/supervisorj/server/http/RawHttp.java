package org.supervisorj.server.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A deliberately dumb blocking HTTP/1.x client over a JDK channel, so tests see exact bytes. */
final class RawHttp implements AutoCloseable {
    final SocketChannel channel;
    private final ByteBuffer in = ByteBuffer.allocate(64 * 1024).flip();

    private RawHttp(SocketChannel channel) {
        this.channel = channel;
    }

    static RawHttp connect(Path socket) throws IOException {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        ch.connect(UnixDomainSocketAddress.of(socket));
        return new RawHttp(ch);
    }

    static RawHttp connect(SocketAddress tcp) throws IOException {
        return new RawHttp(SocketChannel.open(tcp));
    }

    /** A parsed response; header names lower-cased, in arrival order. */
    record Response(String statusLine, Map<String, String> headers, String rawHeaders, byte[] body) {
        int status() {
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        String text() {
            return new String(body, StandardCharsets.ISO_8859_1);
        }
    }

    RawHttp send(String request) throws IOException {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawHttp send(byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            channel.write(b);
        }
        return this;
    }

    /** Reads one response: by Content-Length, else until EOF. */
    Response read() throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            head.append((char) (nextByte() & 0xff));
        }
        String[] lines = head.toString().split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            long n = Long.parseLong(length);
            for (long i = 0; i < n; i++) {
                body.write(nextByte());
            }
        } else {
            int b;
            while ((b = nextByteOrEof()) >= 0) {
                body.write(b);
            }
        }
        return new Response(lines[0], headers, head.toString(), body.toByteArray());
    }

    /** True when the server has closed its side (read returns -1). */
    boolean atEof() throws IOException {
        return nextByteOrEof() < 0;
    }

    private int nextByte() throws IOException {
        int b = nextByteOrEof();
        if (b < 0) {
            throw new EOFException("connection closed mid-response");
        }
        return b;
    }

    private int nextByteOrEof() throws IOException {
        if (!in.hasRemaining()) {
            in.clear();
            int n = channel.read(in);
            in.flip();
            if (n < 0) {
                return -1;
            }
        }
        return in.get() & 0xff;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
