package org.supervisorj.compat.support;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One XML-RPC call over a unix socket with a bare HTTP/1.0 request, for probes that must not depend
 * on a client library (readiness, the pid of a process), whichever supervisord answers.
 */
public final class UnixXmlRpc {
    private UnixXmlRpc() {
    }

    /** The whole HTTP response (status line, headers, body), or "" when nothing answers. */
    public static String call(Path socket, String method, String paramsXml) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            String body = "<?xml version='1.0'?><methodCall><methodName>" + method + "</methodName><params>" + paramsXml
                    + "</params></methodCall>";
            String request = "POST /RPC2 HTTP/1.0\r\nContent-Type: text/xml\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
            ch.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buf = ByteBuffer.allocate(8192);
            StringBuilder reply = new StringBuilder();
            while (ch.read(buf) > 0) {
                buf.flip();
                reply.append(StandardCharsets.UTF_8.decode(buf));
                buf.clear();
            }
            return reply.toString();
        } catch (IOException e) {
            return "";
        }
    }
}
