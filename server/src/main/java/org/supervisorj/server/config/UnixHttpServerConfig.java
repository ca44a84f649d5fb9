package org.supervisorj.server.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code [unix_http_server*]} section.
 *
 * @param file  absolute socket path
 * @param chown empty means leave the owner alone; a gid of -1 means leave the group alone
 */
public record UnixHttpServerConfig(String section, Path file, int chmod, Optional<Owner> chown,
        Optional<Credentials> credentials) {
}
