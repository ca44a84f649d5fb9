package org.supervisorj.server.config;

import org.supervisorj.server.config.value.LogLevel;

/** A message found while parsing, logged once the main log exists (Supervisor's parse_warnings/infos). */
public record DeferredLogMessage(LogLevel level, String text) {
}
