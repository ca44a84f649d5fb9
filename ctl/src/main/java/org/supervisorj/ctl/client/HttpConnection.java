package org.supervisorj.ctl.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection to supervisord over a unix-domain or TCP socket (the JDK's HTTP client cannot
 * use unix sockets). It sends one request and reads one response; Content-Length, chunked and
 * read-until-close bodies are understood.
 */
final class HttpConnection implements Closeable {
    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;
    private final boolean unix;

    private HttpConnection(SocketChannel channel, boolean unix) {
        this.channel = channel;
        this.in = new BufferedInputStream(Channels.newInputStream(channel), 16 * 1024);
        this.out = Channels.newOutputStream(channel);
        this.unix = unix;
    }

    static HttpConnection open(ServerUrl url) throws SocketError {
        return switch (url) {
            case ServerUrl.Unix u -> {
                SocketChannel ch = null;
                try {
                    ch = SocketChannel.open(StandardProtocolFamily.UNIX);
                    ch.connect(UnixDomainSocketAddress.of(u.socket()));
                    yield new HttpConnection(ch, true);
                } catch (IOException e) {
                    closeQuietly(ch);
                    throw SocketError.of(e, true);
                }
            }
            case ServerUrl.Inet i -> openInet(i);
        };
    }

    // Like Python's socket.create_connection: every address of the name in turn, the last error wins.
    private static HttpConnection openInet(ServerUrl.Inet url) throws SocketError {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.host().isEmpty() ? "localhost" : url.host());
        } catch (IOException e) {
            throw new SocketError(SocketError.Errno.OTHER, "[Errno -2] Name or service not known", false, e);
        }
        IOException last = null;
        for (InetAddress a : addresses) {
            SocketChannel ch = null;
            try {
                ch = SocketChannel.open();
                ch.connect(new InetSocketAddress(a, url.port()));
                ch.socket().setTcpNoDelay(true);
                return new HttpConnection(ch, false);
            } catch (IOException e) {
                closeQuietly(ch);
                last = e;
            }
        }
        throw SocketError.of(last == null ? new IOException("no address") : last, false);
    }

    /** Sends a request; {@code headers} in order, Content-Length added when there is a body. */
    void send(String method, String path, Map<String, String> headers, byte[] body) throws SocketError {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException e) {
            throw SocketError.of(e, unix);
        }
    }

    /** The status line and headers; header names are lower-cased. */
    record Head(int status, String reason, Map<String, String> headers) {
        boolean chunked() {
            return headers.getOrDefault("transfer-encoding", "").toLowerCase(Locale.ROOT).contains("chunked");
        }

        long contentLength() {
            String v = headers.get("content-length");
            return v == null ? -1 : Long.parseLong(v.strip());
        }
    }

    Head readHead() throws IOException {
        String status = line();
        if (status == null) {
            throw new SocketError(SocketError.Errno.OTHER, "Remote end closed connection without response", unix, null);
        }
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("bad status line: " + status);
        }
        int code = Integer.parseInt(parts[1].strip());
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
        }
        return new Head(code, parts.length > 2 ? parts[2].strip() : "", headers);
    }

    /** The body after {@link #readHead}, as a stream that ends where the body ends. */
    InputStream body(Head head) {
        if (head.chunked()) {
            return new ChunkedInputStream(in);
        }
        long length = head.contentLength();
        return length < 0 ? in : new BoundedInputStream(in, length);
    }

    byte[] readBody(Head head) throws IOException {
        try (InputStream body = body(head)) {
            return body.readAllBytes();
        }
    }

    private String line() throws IOException {
        return readLine(in);
    }

    /** One CRLF- (or LF-) terminated line as ISO-8859-1, or null at end of stream. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            b.write(c);
        }
        if (c == -1 && b.size() == 0) {
            return null;
        }
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing useful to do: the connection is being dropped
            }
        }
    }
}
