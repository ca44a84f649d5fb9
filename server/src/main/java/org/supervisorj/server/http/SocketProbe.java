package org.supervisorj.server.http;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** Tells a live socket file from a stale one, the way Supervisor does: connect and send a request. */
final class SocketProbe {
    private static final byte[] REQUEST = "GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private SocketProbe() {
    }

    /**
     * True when something accepts on {@code file} and neither the request nor the first read fails.
     * End of stream counts as an answer, as in Supervisor.
     */
    static boolean answers(Path file, Duration patience) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(file));
            ch.write(ByteBuffer.wrap(REQUEST));
            ch.configureBlocking(false);
            try (Selector selector = Selector.open()) {
                ch.register(selector, SelectionKey.OP_READ);
                // Deviation from 4.2.5: Supervisor waits forever for the first byte; a peer that accepted
                // but stays silent for `patience` is treated as alive (we must not unlink its socket).
                if (selector.select(patience.toMillis()) == 0) {
                    return true;
                }
                ch.read(ByteBuffer.allocate(1));
                return true;
            }
        } catch (IOException e) {
            return false;
        }
    }
}
