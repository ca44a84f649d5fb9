package org.supervisorj.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * HTTP Basic authentication as Supervisor 4.2.5 does it for a server section (medusa's auth_handler
 * with Supervisor's SHA-aware authorizer), in front of every path of that server.
 *
 * <ul>
 *   <li>no usable {@code Authorization} header, another scheme, or wrong credentials: 401 with
 *       {@code WWW-Authenticate: Basic realm="default"}, {@code Connection: close} and medusa's page;</li>
 *   <li>credentials that are not base64 or not UTF-8: 400;</li>
 *   <li>decoded credentials without a colon: 500 (Supervisor quirk, kept: its authorizer crashes).</li>
 * </ul>
 * Comparisons take the same time wherever the first differing byte is.
 */
public final class BasicAuthHandler implements HttpHandler {
    static final String CHALLENGE = "Basic realm=\"default\"";
    private static final String SHA_PREFIX = "{SHA}";

    private final byte[] username;
    private final String password;
    private final HttpHandler next;

    public BasicAuthHandler(Credentials credentials, HttpHandler next) {
        this.username = credentials.username().getBytes(StandardCharsets.UTF_8);
        this.password = credentials.password();
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String cookie = basicCookie(exchange);
        if (cookie == null) {
            unauthorized(exchange);
            return;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(PythonBase64.decode(cookie))).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            ErrorPage.send(exchange, 400);
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            ErrorPage.send(exchange, 500); // Supervisor quirk (http.py authorize): kept, it fails to unpack
            return;
        }
        if (authorized(decoded.substring(0, colon), decoded.substring(colon + 1))) {
            next.handleRequest(exchange);
        } else {
            unauthorized(exchange);
        }
    }

    /**
     * The credentials part of the first {@code Authorization} value shaped like medusa's pattern
     * {@code ([^ ]+) (.*)} whose scheme is Basic (any case); null when there is none.
     */
    private static String basicCookie(HttpServerExchange exchange) {
        HeaderValues values = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        if (values == null) {
            return null;
        }
        for (String value : values) {
            int space = value.indexOf(' ');
            if (space > 0) {
                // medusa takes the first matching line, whatever its scheme
                return value.substring(0, space).equalsIgnoreCase("basic") ? value.substring(space + 1) : null;
            }
        }
        return null;
    }

    boolean authorized(String user, String pass) {
        boolean userOk = MessageDigest.isEqual(username, user.getBytes(StandardCharsets.UTF_8));
        boolean passOk;
        if (password.startsWith(SHA_PREFIX)) {
            // Exact string comparison with the lowercase hex digest: "{SHA}" + uppercase hex never matches.
            passOk = MessageDigest.isEqual(password.substring(SHA_PREFIX.length()).getBytes(StandardCharsets.UTF_8),
                    sha1Hex(pass).getBytes(StandardCharsets.UTF_8));
        } else {
            passOk = MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                    pass.getBytes(StandardCharsets.UTF_8));
        }
        return userOk & passOk;
    }

    private static String sha1Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static void unauthorized(HttpServerExchange exchange) {
        // medusa stops reading the connection after a 401; closing it is the equivalent.
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, CHALLENGE);
        exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
        exchange.setPersistent(false);
        ErrorPage.send(exchange, 401);
    }

    @Override
    public String toString() {
        return "basic-auth()";
    }
}
