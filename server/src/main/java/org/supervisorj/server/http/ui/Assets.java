package org.supervisorj.server.http.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The UI's static files, read from the jar once. Lookup is by exact name in a fixed table, so no
 * request path can reach any other resource or file. The CSS and icon answer at Supervisor's
 * addresses ({@code stylesheets/supervisor.css}, {@code images/icon.png}) with our own content.
 */
final class Assets {
    record Asset(String contentType, byte[] body) {
    }

    private static final Map<String, String> TABLE = Map.of(
            "stylesheets/supervisor.css", "text/css;charset=utf-8",
            "scripts/console.js", "text/javascript;charset=utf-8",
            "scripts/tail.js", "text/javascript;charset=utf-8",
            "images/icon.png", "image/png");

    private final Map<String, Asset> assets;

    private Assets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    static Assets load() {
        var loaded = new java.util.HashMap<String, Asset>();
        TABLE.forEach((name, type) -> loaded.put(name, new Asset(type, read(name.substring(name.indexOf('/') + 1)))));
        return new Assets(Map.copyOf(loaded));
    }

    /** @param path the request path without its leading slashes */
    Optional<Asset> get(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    private static byte[] read(String file) {
        try (InputStream in = Assets.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("web UI asset missing from the jar: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
