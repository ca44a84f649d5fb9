package org.supervisorj.server.http.ui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Cross-site request forgery protection for the console's POSTs.
 *
 * <ol>
 *   <li>A random token, made once per daemon start, is written into every page the UI serves. Only
 *       a page of the same origin (and, with auth, of a logged-in user) can read it.</li>
 *   <li>A POST must carry it back, in the {@code X-CSRF-Token} header (the console's script) or in
 *       the {@code token} form field (the no-script forms); compared in constant time.</li>
 *   <li>Browsers that say where a request comes from are believed first: {@code Sec-Fetch-Site}
 *       other than same-origin/none, or an {@code Origin} naming another host, is refused even
 *       with a token.</li>
 * </ol>
 */
final class CsrfGuard {
    static final String HEADER = "X-CSRF-Token";
    static final String FIELD = "token";

    private final String token;

    CsrfGuard(String token) {
        this.token = token;
    }

    static CsrfGuard random() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return new CsrfGuard(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }

    String token() {
        return token;
    }

    /**
     * @param fetchSite the Sec-Fetch-Site header, or null
     * @param origin    the Origin header, or null
     * @param host      the Host header, or null
     * @param presented the token from the header or the form, if any
     */
    boolean allows(String fetchSite, String origin, String host, Optional<String> presented) {
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        if (origin != null && !sameHost(origin, host)) {
            return false;
        }
        return presented.filter(p -> MessageDigest.isEqual(p.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))).isPresent();
    }

    // A reverse proxy may change the scheme (https in front of http), so only the authority is compared.
    private static boolean sameHost(String origin, String host) {
        int scheme = origin.indexOf("://");
        if (scheme < 0 || host == null) {
            return false; // "null" (sandboxed frames, file:) or no Host to compare with
        }
        return origin.substring(scheme + 3).toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT));
    }
}
