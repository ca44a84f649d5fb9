package org.supervisorj.compat.support;

import java.nio.file.Path;
import java.util.List;

/** Runs the Python clients to completion, with stdout and stderr merged in the order they were written. */
sealed interface ClientRunner extends AutoCloseable permits HostClients, ContainerSession {

    CommandResult run(List<String> command, Path cwd, long timeoutSeconds);

    /** Fails loudly when {@code file} cannot be seen by the clients (a container sees only its mounts). */
    void requireVisible(Path file);

    @Override
    void close();
}
