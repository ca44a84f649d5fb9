package org.supervisorj.server.process.spawn;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Everything the OS layer needs to start one child.
 *
 * @param command        the resolved command (see {@link CommandResolver})
 * @param environment    the child's complete environment, in the order to pass it
 * @param directory      chdir target, if configured
 * @param umask          umask, if configured (otherwise the child inherits ours)
 * @param user           the user to run as, if configured
 * @param redirectStderr fd 2 goes to the stdout pipe
 */
public record SpawnRequest(ResolvedCommand command, Map<String, String> environment, Optional<String> directory,
        OptionalInt umask, Optional<User> user, boolean redirectStderr) {

    /** A user resolved at config time (supervisor keeps the uid; gid and name feed setgroups). */
    public record User(int uid, int gid, String name) {
    }

    public SpawnRequest {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }
}
