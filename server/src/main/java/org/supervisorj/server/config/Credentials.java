package org.supervisorj.server.config;

/** HTTP basic-auth credentials; the password is raw and may be "{SHA}" followed by a hex SHA-1. */
public record Credentials(String username, String password) {
    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
