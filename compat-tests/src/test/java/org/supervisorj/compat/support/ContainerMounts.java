package org.supervisorj.compat.support;

import java.nio.file.Path;
import java.util.List;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;

/**
 * What a reference container sees of this machine: the scenario's directory, read-write, and the test
 * resources, read-only, each at the SAME absolute path as here. That keeps %(here)s expansions, AUTO
 * log names and the unix socket path identical on both sides, so transcripts normalise the same way and
 * a client in the container reaches a socket created here (unix sockets work across a bind mount when
 * the engine shares this kernel).
 */
record ContainerMounts(Path scenarioRoot, Path resources) {

    ContainerMounts {
        scenarioRoot = scenarioRoot.toAbsolutePath().normalize();
        resources = resources.toAbsolutePath().normalize();
    }

    List<Bind> binds() {
        return List.of(
                new Bind(scenarioRoot.toString(), new Volume(scenarioRoot.toString()), AccessMode.rw),
                new Bind(resources.toString(), new Volume(resources.toString()), AccessMode.ro));
    }

    void requireVisible(Path file) {
        Path p = file.toAbsolutePath().normalize();
        if (!p.startsWith(scenarioRoot) && !p.startsWith(resources)) {
            throw new IllegalStateException(p + " is not visible inside the reference container, which mounts only "
                    + scenarioRoot + " and " + resources + "; keep scenario files under one of them");
        }
    }
}
