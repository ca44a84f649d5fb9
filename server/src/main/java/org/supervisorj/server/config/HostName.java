package org.supervisorj.server.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** The uname nodename, which Supervisor offers as {@code %(host_node_name)s}. */
final class HostName {
    private HostName() {
    }

    static String nodename() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (Exception e) {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (Exception e2) {
                return "";
            }
        }
    }
}
