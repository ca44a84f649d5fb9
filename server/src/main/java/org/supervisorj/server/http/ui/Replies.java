package org.supervisorj.server.http.ui;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import org.supervisorj.server.http.ErrorPage;

/** How the UI answers: pages, JSON, plain text, redirects. Call on the exchange's IO thread. */
final class Replies {
    // Our pages load nothing from elsewhere and run no inline script: a name or log line that
    // slipped past escaping still could not run.
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Replies() {
    }

    /** A page: no caching, as Supervisor sends it, plus our hardening headers. */
    static void html(HttpServerExchange exchange, String page) {
        noCache(exchange);
        hardening(exchange);
        send(exchange, "text/html;charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpServerExchange exchange, int status, Object value) {
        exchange.setStatusCode(status);
        noCache(exchange);
        hardening(exchange);
        send(exchange, "application/json", Json.write(value).getBytes(StandardCharsets.UTF_8));
    }

    static void text(HttpServerExchange exchange, String body) {
        send(exchange, "text/plain", body.getBytes(StandardCharsets.UTF_8));
    }

    static void asset(HttpServerExchange exchange, Assets.Asset asset) {
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        send(exchange, asset.contentType(), asset.body());
    }

    /**
     * Supervisor's redirect after an action: 301 with medusa's error page as the body and the
     * page's no-cache headers.
     */
    static void legacyRedirect(HttpServerExchange exchange, String location) {
        noCache(exchange);
        exchange.getResponseHeaders().put(Headers.LOCATION, location);
        ErrorPage.send(exchange, 301);
    }

    /** After a no-script form POST: 303, so the browser GETs the status page. */
    static void seeOther(HttpServerExchange exchange, String location) {
        exchange.setStatusCode(303);
        exchange.getResponseHeaders().put(Headers.LOCATION, location);
        send(exchange, "text/plain", new byte[0]);
    }

    private static void noCache(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.PRAGMA, "no-cache");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseHeaders().put(Headers.EXPIRES, "Thu, 01 Jan 1970 00:00:00 GMT");
    }

    private static void hardening(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(HttpString.tryFromString("Content-Security-Policy"), CSP);
        exchange.getResponseHeaders().put(Headers.X_FRAME_OPTIONS, "DENY");
        exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        exchange.getResponseHeaders().put(Headers.REFERRER_POLICY, "same-origin");
    }

    private static void send(HttpServerExchange exchange, String type, byte[] body) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, body.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
