package org.supervisorj.server.http.ui;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code http://host[:port]} Supervisor puts in front of its redirects: taken from the Host
 * header, else "localhost" and the local port; port 80 is left out.
 */
final class ServerUrl {
    // urllib's splitport: everything up to the last colon that is followed only by digits.
    private static final Pattern PORT = Pattern.compile("(.*):([0-9]*)", Pattern.DOTALL);

    private ServerUrl() {
    }

    /**
     * @param host  the Host header, or null
     * @param local the listener's address, used when there is no Host header
     */
    static String of(String host, SocketAddress local) {
        String hostname;
        String port;
        if (host != null && !host.isBlank()) {
            hostname = host.strip();
            port = null;
            Matcher m = PORT.matcher(hostname);
            if (m.matches()) {
                hostname = m.group(1);
                port = m.group(2).isEmpty() ? null : m.group(2);
            }
        } else {
            hostname = "localhost";
            port = local instanceof InetSocketAddress inet ? Integer.toString(inet.getPort()) : null;
        }
        return "http://" + (port == null || port.equals("80") ? hostname : hostname + ":" + port);
    }
}
