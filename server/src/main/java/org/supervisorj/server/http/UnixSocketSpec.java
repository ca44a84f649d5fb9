package org.supervisorj.server.http;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One {@code [unix_http_server*]} section, already validated.
 *
 * @param name     the section name, for messages
 * @param file     absolute socket path
 * @param chmod    mode bits applied to the socket (Supervisor's default is 0700)
 * @param chownUid owner to set, if configured
 * @param chownGid group to set, if configured
 * @param auth     Basic credentials, if the section has a username
 */
public record UnixSocketSpec(String name, Path file, int chmod, OptionalInt chownUid, OptionalInt chownGid,
        Optional<Credentials> auth) {
    public UnixSocketSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(chownUid, "chownUid");
        Objects.requireNonNull(chownGid, "chownGid");
        Objects.requireNonNull(auth, "auth");
    }
}
