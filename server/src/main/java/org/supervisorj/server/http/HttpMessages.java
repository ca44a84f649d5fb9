package org.supervisorj.server.http;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Supervisor 4.2.5's texts for HTTP server start-up failures (spec §6.3), asserted verbatim in tests. */
final class HttpMessages {
    static final String ADDRESS_IN_USE = "Another program is already listening on a port that one of our HTTP "
            + "servers is configured to use.  Shut this program down first before starting supervisord.";

    private static final String CANNOT_OPEN = "Cannot open an HTTP server: socket.error reported ";

    private HttpMessages() {
    }

    /** Any socket error other than "address in use". */
    static String cannotOpen(IOException e) {
        return Errno.of(e).map(errno -> CANNOT_OPEN + errno.pythonForm())
                // Deviation from 4.2.5: an errno we cannot name is shown as the JDK's text, not its number.
                .orElseGet(() -> CANNOT_OPEN + e.getMessage());
    }

    /** Python's bind() raises this (no errno) for paths longer than sun_path. */
    static final String UNIX_PATH_TOO_LONG = CANNOT_OPEN + "AF_UNIX path too long";

    /** getaddrinfo's EAI_NONAME, which Python shows as a bare number. */
    static final String UNKNOWN_HOST = CANNOT_OPEN + "-2";

    /** getaddrinfo's EAI_ADDRFAMILY: the name has no IPv4 address (Supervisor binds AF_INET only). */
    static final String NO_IPV4_ADDRESS = CANNOT_OPEN + "-9";

    static String chownNotPermitted(Path file, OptionalInt uid, OptionalInt gid, String user) {
        return "Not permitted to chown " + file + " to uid/gid (" + uid.orElse(-1) + ", " + gid.orElse(-1)
                + "); adjust \"sockchown\" value in config file or on command line to values that the current user ("
                + user + ") can successfully chown";
    }

    static String unlinkingStaleSocket(Path file) {
        return "Unlinking stale socket " + file + "\n";
    }
}
