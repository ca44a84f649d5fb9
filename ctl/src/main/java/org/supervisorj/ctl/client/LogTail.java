package org.supervisorj.ctl.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A streaming GET of one of supervisord's log endpoints ({@code /logtail/<name>/<channel>},
 * {@code /mainlogtail}), copied to an output stream as it arrives. Errors are reported on stderr as
 * Python's asyncore client reports them ("{@code <url> Cannot read, status code 401}"), and end the
 * stream without failing the command.
 */
public final class LogTail implements AutoCloseable {
    private final ServerUrl url;
    private final Credentials credentials;
    private final String path;
    private volatile HttpConnection connection;
    private volatile boolean closed;

    public LogTail(ServerUrl url, Credentials credentials, String path) {
        this.url = url;
        this.credentials = credentials;
        this.path = path;
    }

    /** Blocks until the server ends the body, an error occurs, or {@link #close} is called. */
    public void pump(OutputStream sink, PrintStream err) {
        String where = url.text() + path;
        try {
            connection = HttpConnection.open(url);
            if (closed) {
                connection.close();
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            // Python's client sends the URL's host:port as written (nothing for a unix socket).
            headers.put("Host", url instanceof ServerUrl.Inet ? netloc(url.text()) : "");
            headers.put("Accept-Encoding", "chunked");
            headers.put("Accept", "*/*");
            headers.put("User-agent", "Supervisor HTTP Client");
            credentials.tailAuthorization().ifPresent(a -> headers.put("Authorization", a));
            connection.send("GET", path, headers, null);
            HttpConnection.Head head = connection.readHead();
            if (head.status() != 200) {
                err.println(where + " Cannot read, status code " + head.status());
                err.flush();
                return;
            }
            try (InputStream body = connection.body(head)) {
                byte[] buf = new byte[8192];
                int n;
                while ((n = body.read(buf)) > 0) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                        sink.flush();
                    }
                }
            }
        } catch (SocketError e) {
            if (!closed) {
                err.println(where + " Cannot connect, error: <class '" + e.pythonClass() + "'> (" + e.pythonMessage() + ")");
                err.flush();
            }
        } catch (IOException e) {
            if (!closed) {
                err.println(where + " Cannot connect, error: <class 'OSError'> (" + e.getMessage() + ")");
                err.flush();
            }
        } finally {
            close();
        }
    }

    private static String netloc(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** Stops {@link #pump} from another thread (Ctrl-C). */
    @Override
    public void close() {
        closed = true;
        HttpConnection c = connection;
        if (c != null) {
            c.close();
        }
    }
}
