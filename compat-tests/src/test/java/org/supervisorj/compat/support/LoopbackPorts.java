package org.supervisorj.compat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free TCP ports on loopback, for the servers a test starts (an [inet_http_server], an exporter). */
public final class LoopbackPorts {
    private LoopbackPorts() {
    }

    /** A port the system just handed out and released; free unless another process takes it meanwhile. */
    public static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
