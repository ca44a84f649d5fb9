package org.supervisorj.server.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The error page Supervisor's HTTP server (medusa) sends, byte for byte, for a status code. */
public final class ErrorPage {
    // medusa's reason phrases (they differ from RFC 7231 in places, e.g. "Request Time-out").
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(301, "Moved Permanently"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(408, "Request Time-out"),
            Map.entry(411, "Length Required"), Map.entry(413, "Request Entity Too Large"),
            Map.entry(414, "Request-URI Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"),
            Map.entry(505, "HTTP Version not supported"));

    private ErrorPage() {
    }

    /** The body medusa writes for {@code code}; CRLF line ends, as medusa's template has them. */
    public static byte[] body(int code) {
        String reason = REASONS.get(code);
        if (reason == null) {
            throw new IllegalArgumentException("no medusa error page for status " + code);
        }
        String page = String.join("\r\n", "<head>", "<title>Error response</title>", "</head>", "<body>",
                "<h1>Error response</h1>", "<p>Error code " + code + ".", "<p>Message: " + reason + ".", "</body>", "");
        return page.getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the page as a complete {@code text/html} response and ends the exchange. */
    public static void send(HttpServerExchange exchange, int code) {
        byte[] body = body(code);
        exchange.setStatusCode(code);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html");
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
