package org.supervisorj.compat.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

/** The choice of reference host, without probing this machine: what is installed is passed in. */
class ReferenceModeTest {
    private static final List<Path> INSTALLED = List.of();
    private static final List<Path> MISSING = List.of(Path.of("/usr/bin/supervisord"), Path.of("/usr/bin/supervisorctl"));
    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;
    private static final BooleanSupplier NOT_PROBED = () -> {
        throw new AssertionError("Docker must not be probed when the local reference is chosen");
    };

    @Test
    void unsetOrBlankPropertyMeansAuto() {
        assertEquals(ReferenceMode.AUTO, ReferenceMode.parse(null));
        assertEquals(ReferenceMode.AUTO, ReferenceMode.parse(" "));
    }

    @Test
    void propertyValuesIgnoreCaseAndSurroundingSpace() {
        assertEquals(ReferenceMode.LOCAL, ReferenceMode.parse("local"));
        assertEquals(ReferenceMode.CONTAINER, ReferenceMode.parse(" Container "));
        assertEquals(ReferenceMode.AUTO, ReferenceMode.parse("AUTO"));
    }

    @Test
    void unknownPropertyValueIsRejectedByName() {
        var e = assertThrows(IllegalStateException.class, () -> ReferenceMode.parse("docker"));
        assertEquals("-Dcompat.reference must be local, container or auto, not 'docker'", e.getMessage());
    }

    @Test
    void autoPrefersTheInstalledPackageWithoutProbingDocker() {
        assertEquals(ReferenceMode.LOCAL, ReferenceMode.AUTO.resolve(INSTALLED, NOT_PROBED));
    }

    @Test
    void autoFallsBackToTheContainerWhenThePackageIsMissing() {
        assertEquals(ReferenceMode.CONTAINER, ReferenceMode.AUTO.resolve(MISSING, DOCKER));
    }

    @Test
    void autoFailsLoudlyWhenNeitherIsAvailable() {
        var e = assertThrows(IllegalStateException.class, () -> ReferenceMode.AUTO.resolve(MISSING, NO_DOCKER));
        assertEquals("The Python reference is missing: /usr/bin/supervisord (install Debian's supervisor package:"
                + " apt-get install -y supervisor), and no Docker engine is available to run it in a container instead",
                e.getMessage());
    }

    @Test
    void forcedLocalFailsLoudlyWhenThePackageIsMissingEvenWithDocker() {
        var e = assertThrows(IllegalStateException.class, () -> ReferenceMode.LOCAL.resolve(MISSING, DOCKER));
        assertEquals("The Python reference is missing: /usr/bin/supervisord (install Debian's supervisor package:"
                + " apt-get install -y supervisor)", e.getMessage());
    }

    @Test
    void forcedLocalUsesThePackage() {
        assertEquals(ReferenceMode.LOCAL, ReferenceMode.LOCAL.resolve(INSTALLED, NOT_PROBED));
    }

    @Test
    void forcedContainerFailsLoudlyWithoutDockerEvenWithThePackage() {
        var e = assertThrows(IllegalStateException.class, () -> ReferenceMode.CONTAINER.resolve(INSTALLED, NO_DOCKER));
        assertEquals("-Dcompat.reference=container needs a Docker engine, and Testcontainers found none"
                + " (DOCKER_HOST or ~/.testcontainers.properties select one; see its log)", e.getMessage());
    }

    @Test
    void forcedContainerIsUsedEvenWhenThePackageIsInstalled() {
        assertEquals(ReferenceMode.CONTAINER, ReferenceMode.CONTAINER.resolve(INSTALLED, DOCKER));
    }
}
