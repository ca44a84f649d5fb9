package org.supervisorj.compat.support;

import org.testcontainers.DockerClientFactory;

/** Chooses the reference host once per JVM and remembers the outcome, a failure included. */
final class ReferenceSelection {
    private static ReferenceHost host;
    private static IllegalStateException failure;

    private ReferenceSelection() {
    }

    static synchronized ReferenceHost host() {
        if (host == null && failure == null) {
            try {
                ReferenceMode mode = ReferenceMode.parse(System.getProperty(ReferenceMode.PROPERTY))
                        .resolve(LocalReference.missing(), () -> DockerClientFactory.instance().isDockerAvailable());
                host = mode == ReferenceMode.LOCAL ? new LocalReference() : new ContainerReference();
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        if (failure != null) {
            // A fresh exception each time, so every failing test shows its own stack and the same cause.
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return host;
    }
}
