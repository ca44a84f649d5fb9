package org.supervisorj.server.http;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Turns a section's host into the IPv4 address Supervisor binds (it opens AF_INET sockets only). */
final class InetAddresses {
    private InetAddresses() {
    }

    static InetSocketAddress resolve(InetSocketSpec spec) throws HttpServerException {
        String host = spec.host();
        if (host.isEmpty() || host.equals("*")) {
            return new InetSocketAddress(wildcard(), spec.port());
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address instanceof Inet4Address) {
                    return new InetSocketAddress(address, spec.port());
                }
            }
            throw new HttpServerException(HttpMessages.NO_IPV4_ADDRESS);
        } catch (UnknownHostException e) {
            throw new HttpServerException(HttpMessages.UNKNOWN_HOST, e);
        }
    }

    private static InetAddress wildcard() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are a valid IPv4 address", e);
        }
    }
}
