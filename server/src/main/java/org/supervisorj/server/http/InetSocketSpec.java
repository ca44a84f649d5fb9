package org.supervisorj.server.http;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [inet_http_server*]} section, already validated.
 *
 * @param name the section name, for messages
 * @param host "" or "*" for all IPv4 interfaces, else a name or IPv4 address
 * @param port TCP port; 0 picks a free one (tests)
 * @param auth Basic credentials, if the section has a username
 */
public record InetSocketSpec(String name, String host, int port, Optional<Credentials> auth) {
    public InetSocketSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(auth, "auth");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }
}
