package org.supervisorj.compat.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.supervisorj.compat.support.ProjectPaths;

/**
 * Where the third-party clients are. scripts/test installs them; a missing one fails the test (never skips
 * it) with the command that installs it, like a missing reference does.
 */
final class InstalledClients {
    static final Path NODE = Path.of("/usr/bin/node");
    static final Path NODE_EXPORTER = Path.of("/usr/bin/prometheus-node-exporter");
    /** The pin in compat-tests/src/test/resources/clients/npm/package.json (and its lock file). */
    static final String NPM_SUPERVISORD_VERSION = "0.1.0";
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    private InstalledClients() {
    }

    static Path node() {
        return require(NODE, "apt-get install -y nodejs");
    }

    static Path nodeExporter() {
        return require(NODE_EXPORTER, "apt-get install -y prometheus-node-exporter");
    }

    /**
     * The node_modules folder that holds the npm {@code supervisord} package at its pinned version. It lives
     * under target/ (never committed), so a {@code mvn clean} removes it and scripts/test puts it back.
     */
    static Path npmModules() {
        Path prefix = ProjectPaths.root().resolve("compat-tests/target/npm-clients");
        Path modules = prefix.resolve("node_modules");
        Path manifest = modules.resolve("supervisord/package.json");
        Path pins = ProjectPaths.root().resolve("compat-tests/src/test/resources/clients/npm");
        String install = "run scripts/test, or: mkdir -p " + prefix + " && cp " + pins + "/package*.json " + prefix
                + " && npm ci --prefix " + prefix;
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalStateException("The npm client 'supervisord' is not installed in " + modules + " (" + install + ")");
        }
        Matcher m = VERSION.matcher(read(manifest));
        String found = m.find() ? m.group(1) : "unknown";
        if (!found.equals(NPM_SUPERVISORD_VERSION)) {
            throw new IllegalStateException("The npm client 'supervisord' in " + modules + " is " + found
                    + ", not the pinned " + NPM_SUPERVISORD_VERSION + " (" + install + ")");
        }
        return modules;
    }

    private static Path require(Path program, String install) {
        if (!Files.isExecutable(program)) {
            throw new IllegalStateException(program + " is missing (run scripts/test, or: " + install + ")");
        }
        return program;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
