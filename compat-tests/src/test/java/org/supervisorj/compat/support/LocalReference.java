package org.supervisorj.compat.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's Python Supervisor installed on this machine: everything runs here, as plain child processes. */
final class LocalReference implements ReferenceHost {

    /** The reference files this machine lacks; empty when Debian's package is installed. */
    static List<Path> missing() {
        return List.of(Implementation.PYTHON, Implementation.PYTHON_SUPERVISORD, Implementation.PYTHON_SUPERVISORCTL)
                .stream().filter(p -> !Files.isExecutable(p)).toList();
    }

    @Override
    public Launched launch(List<String> command, boolean reference, Path scenarioRoot, Path dir, Path out)
            throws IOException {
        return new Launched(HostServer.start(command, dir, out), HostClients.INSTANCE);
    }

    @Override
    public String toString() {
        return "local";
    }
}
