package org.supervisorj.compat.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * Debian's Python Supervisor in a container built from compat-tests/src/test/docker/Dockerfile. The
 * reference supervisord is the main process of its scenario's container; all Python clients, for the
 * reference and for ours alike, run inside a container, so this machine needs no Python Supervisor.
 * Needs a Linux Docker engine: a socket created on one side of a bind mount is reached from the other.
 */
final class ContainerReference implements ReferenceHost {
    static final String DOCKERFILE = "compat-tests/src/test/docker/Dockerfile";
    static final String IMAGE_NAME = "supervisorj-compat-reference:4.2.5-1";
    static final String RESOURCES = "compat-tests/src/test/resources";

    // Built once per JVM, on first use; kept afterwards so the next run starts from Docker's cache.
    private final ImageFromDockerfile image = new ImageFromDockerfile(IMAGE_NAME, false)
            .withDockerfile(ProjectPaths.root().resolve(DOCKERFILE));

    @Override
    public Launched launch(List<String> command, boolean reference, Path scenarioRoot, Path dir, Path out)
            throws IOException {
        ContainerMounts mounts = new ContainerMounts(scenarioRoot, ProjectPaths.root().resolve(RESOURCES));
        mounts.requireVisible(dir);
        String user = Files.getAttribute(dir, "unix:uid") + ":" + Files.getAttribute(dir, "unix:gid");
        if (reference) {
            ContainerSession session = ContainerSession.start(image, mounts, user, dir, redirected(command, out));
            return new Launched(session, session);
        }
        ContainerSession clients = ContainerSession.start(image, mounts, user, dir, List.of("sleep", "infinity"));
        try {
            return new Launched(HostServer.start(command, dir, out), clients);
        } catch (IOException | RuntimeException e) {
            clients.close();
            throw e;
        }
    }

    /** {@code command} with stdout and stderr into {@code out}, as the local path's ProcessBuilder does. */
    static List<String> redirected(List<String> command, Path out) {
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" >\"$0\" 2>&1", out.toString()));
        argv.addAll(command);
        return argv;
    }

    @Override
    public String toString() {
        return "container " + IMAGE_NAME;
    }
}
