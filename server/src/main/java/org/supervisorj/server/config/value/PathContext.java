package org.supervisorj.server.config.value;

import java.util.Map;

/**
 * What path checks depend on besides the value: the environment ({@code HOME} for {@code ~}) and the
 * directory relative paths are checked against (supervisord's CWD at startup, not the JVM's).
 */
public record PathContext(Map<String, String> env, java.nio.file.Path cwd) {
}
