package org.supervisorj.compat.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Clients run on this machine, as child processes of the JVM. */
enum HostClients implements ClientRunner {
    INSTANCE;

    @Override
    public CommandResult run(List<String> command, Path cwd, long timeoutSeconds) {
        return Commands.run(command, cwd, Map.of(), timeoutSeconds);
    }

    @Override
    public void requireVisible(Path file) {
        // Everything on this machine is visible here.
    }

    @Override
    public void close() {
    }
}
