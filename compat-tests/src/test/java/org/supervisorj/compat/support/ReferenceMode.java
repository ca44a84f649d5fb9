package org.supervisorj.compat.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the reference Python Supervisor runs, as asked by {@code -Dcompat.reference=local|container|auto}
 * (docs/compat-tests.md). Resolution never falls back silently from a forced mode: the suites compare
 * against the real program, so a missing reference is a failure, not a skip.
 */
enum ReferenceMode {
    /** Debian's package installed on this machine. */
    LOCAL,
    /** Debian's package in a container built from compat-tests/src/test/docker/Dockerfile. */
    CONTAINER,
    /** LOCAL when the package is installed, else CONTAINER when a Docker engine answers. */
    AUTO;

    static final String PROPERTY = "compat.reference";

    static ReferenceMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "local" -> LOCAL;
            case "container" -> CONTAINER;
            case "auto" -> AUTO;
            default -> throw new IllegalStateException(
                    "-D" + PROPERTY + " must be local, container or auto, not '" + value + "'");
        };
    }

    /**
     * LOCAL or CONTAINER. {@code missingLocal} lists the reference files absent on this machine (empty when
     * the package is installed); Docker is only probed when needed, because the probe is slow without one.
     */
    ReferenceMode resolve(List<Path> missingLocal, BooleanSupplier dockerAvailable) {
        return switch (this) {
            case LOCAL -> {
                if (!missingLocal.isEmpty()) {
                    throw new IllegalStateException(missingLocalMessage(missingLocal));
                }
                yield LOCAL;
            }
            case CONTAINER -> {
                if (!dockerAvailable.getAsBoolean()) {
                    throw new IllegalStateException("-D" + PROPERTY + "=container needs a Docker engine, and Testcontainers"
                            + " found none (DOCKER_HOST or ~/.testcontainers.properties select one; see its log)");
                }
                yield CONTAINER;
            }
            case AUTO -> {
                if (missingLocal.isEmpty()) {
                    yield LOCAL;
                }
                if (dockerAvailable.getAsBoolean()) {
                    yield CONTAINER;
                }
                throw new IllegalStateException(missingLocalMessage(missingLocal)
                        + ", and no Docker engine is available to run it in a container instead");
            }
        };
    }

    private static String missingLocalMessage(List<Path> missing) {
        return "The Python reference is missing: " + missing.getFirst()
                + " (install Debian's supervisor package: apt-get install -y supervisor)";
    }
}
