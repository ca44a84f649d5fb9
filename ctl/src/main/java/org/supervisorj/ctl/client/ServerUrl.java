package org.supervisorj.ctl.client;

import java.nio.file.Path;

import org.supervisorj.server.text.PyRepr;

/**
 * Where supervisord listens, as a {@code serverurl} names it: {@code unix:///path} or
 * {@code http://host[:port]}. Python's supervisorctl accepts any URL on the command line and only
 * rejects other schemes when it first connects; {@link #parse} is that later check.
 */
public sealed interface ServerUrl {
    /** The URL exactly as configured; it appears in messages such as "... refused connection". */
    String text();

    /** The Host header Python's http.client sends for an XML-RPC call. */
    String hostHeader();

    record Unix(String text, Path socket) implements ServerUrl {
        @Override
        public String hostHeader() {
            // Python passes 'localhost' because a socket path may be too long for a host name.
            return "localhost";
        }
    }

    record Inet(String text, String host, int port) implements ServerUrl {
        @Override
        public String hostHeader() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return port == 80 ? h : h + ":" + port;
        }
    }

    /**
     * @throws UnknownProtocolException for any scheme but {@code unix://} and {@code http://}, with the
     *     text of Python's ValueError
     */
    static ServerUrl parse(String url) throws UnknownProtocolException {
        if (url.startsWith("http://")) {
            String rest = url.substring("http://".length());
            int slash = rest.indexOf('/');
            String netloc = slash < 0 ? rest : rest.substring(0, slash);
            int at = netloc.lastIndexOf('@');
            if (at >= 0) {
                netloc = netloc.substring(at + 1);
            }
            String host;
            String port = null;
            if (netloc.startsWith("[")) {
                int close = netloc.indexOf(']');
                host = close < 0 ? netloc.substring(1) : netloc.substring(1, close);
                if (close >= 0 && netloc.length() > close + 1 && netloc.charAt(close + 1) == ':') {
                    port = netloc.substring(close + 2);
                }
            } else {
                int colon = netloc.indexOf(':');
                host = colon < 0 ? netloc : netloc.substring(0, colon);
                port = colon < 0 ? null : netloc.substring(colon + 1);
            }
            int p = 80;
            if (port != null && !port.isEmpty()) {
                try {
                    p = Integer.parseInt(port);
                } catch (NumberFormatException e) {
                    throw new UnknownProtocolException("Port could not be cast to integer value as " + PyRepr.of(port));
                }
            }
            return new Inet(url, host.toLowerCase(java.util.Locale.ROOT), p);
        }
        if (url.startsWith("unix://")) {
            return new Unix(url, Path.of(url.substring("unix://".length())));
        }
        throw new UnknownProtocolException("Unknown protocol for serverurl " + url);
    }
}
