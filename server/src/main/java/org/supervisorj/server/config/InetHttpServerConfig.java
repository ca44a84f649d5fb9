package org.supervisorj.server.config;

import java.util.Optional;

/** One {@code [inet_http_server*]} section; host "" binds every interface. */
public record InetHttpServerConfig(String section, String host, int port, Optional<Credentials> credentials) {
}
