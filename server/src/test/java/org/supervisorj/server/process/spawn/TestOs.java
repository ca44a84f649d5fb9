package org.supervisorj.server.process.spawn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** One launcher for the whole test JVM: waitpid(-1) allows only one reaper per process. */
final class TestOs {
    static final PipePump PUMP = new PipePump();
    static final PosixLauncher LAUNCHER = new PosixLauncher(PUMP);

    private TestOs() {
    }

    static SpawnRequest request(String filename, String... argv) {
        return new SpawnRequest(new ResolvedCommand(filename, List.of(argv)), Map.of("PATH", "/usr/bin:/bin"),
                Optional.empty(), OptionalInt.empty(), Optional.empty(), false);
    }

    static SpawnRequest sh(String script) {
        return request("/bin/sh", "sh", "-c", script);
    }

    static SpawnRequest with(SpawnRequest r, Map<String, String> env, Optional<String> dir, OptionalInt umask,
            Optional<SpawnRequest.User> user, boolean redirect) {
        return new SpawnRequest(r.command(), env, dir, umask, user, redirect);
    }

    static SpawnedChild spawn(SpawnRequest request, Recorder recorder) throws SpawnException {
        return LAUNCHER.spawn(request, recorder);
    }
}
