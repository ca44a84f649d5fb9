package org.supervisorj.server.http;

import java.util.Objects;

/**
 * The one user of a server section (Supervisor allows exactly one per section).
 *
 * @param username compared exactly
 * @param password plain text, or {@code {SHA}} followed by the lowercase hex SHA-1 of the password
 */
public record Credentials(String username, String password) {
    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]"; // never print a password
    }
}
