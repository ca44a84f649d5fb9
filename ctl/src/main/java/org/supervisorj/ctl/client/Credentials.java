package org.supervisorj.ctl.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The username and password supervisorctl sends, either possibly unset (null). */
public record Credentials(String username, String password) {
    public static final Credentials NONE = new Credentials(null, null);

    /** For XML-RPC calls Python sends Basic auth only when both are set (even if empty). */
    Optional<String> rpcAuthorization() {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return Optional.of(basic());
    }

    /** For the log-tail GETs Python sends Basic auth whenever the password is non-empty. */
    Optional<String> tailAuthorization() {
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(basic());
    }

    private String basic() {
        // Python's "%s:%s" turns an unset username into the text "None".
        String pair = (username == null ? "None" : username) + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
