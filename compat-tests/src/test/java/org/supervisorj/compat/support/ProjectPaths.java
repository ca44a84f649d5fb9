package org.supervisorj.compat.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are, seen from a test run by Maven in compat-tests/. */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    public static Path root() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("scripts/supervisord")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("project root not found above " + dir);
    }
}
