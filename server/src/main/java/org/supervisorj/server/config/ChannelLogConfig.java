package org.supervisorj.server.config;

import org.supervisorj.server.config.value.LogFile;

/** How one output channel (stdout or stderr) of a process is logged and captured. */
public record ChannelLogConfig(LogFile file, long maxbytes, int backups, long captureMaxbytes, boolean eventsEnabled,
        boolean syslog) {
}
