package org.supervisorj.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Stand-in for the real routes: {@code GET /hello}, {@code GET /size/N} (N bytes of a known pattern),
 * {@code POST /echo}, and {@code POST /RPC2} (an XML-RPC string naming the connection and body length).
 */
final class TestRoutes implements HttpHandler {

    static byte patternByte(long i) {
        return (byte) ('a' + (i % 26));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        if (path.equals("/hello")) {
            send(exchange, "text/plain", "hello".getBytes(StandardCharsets.US_ASCII));
        } else if (path.startsWith("/size/")) {
            int n = Integer.parseInt(path.substring("/size/".length()));
            ByteBuffer body = ByteBuffer.allocate(n);
            for (int i = 0; i < n; i++) {
                body.put(patternByte(i));
            }
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/octet-stream");
            exchange.getResponseSender().send(body.flip());
        } else if (path.equals("/echo")) {
            exchange.getRequestReceiver().receiveFullBytes((ex, body) -> send(ex, "application/octet-stream", body));
        } else if (path.equals("/RPC2")) {
            exchange.getRequestReceiver().receiveFullBytes((ex, body) -> send(ex, "text/xml",
                    ("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value><string>conn="
                            + System.identityHashCode(ex.getConnection()) + ";len=" + body.length
                            + "</string></value>\n</param>\n</params>\n</methodResponse>\n")
                            .getBytes(StandardCharsets.US_ASCII)));
        } else {
            ErrorPage.send(exchange, 404);
        }
    }

    private static void send(HttpServerExchange exchange, String type, byte[] body) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
