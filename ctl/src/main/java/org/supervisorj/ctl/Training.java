package org.supervisorj.ctl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.supervisorj.server.rpc.xml.XmlRpcReader;
import org.supervisorj.server.rpc.xml.XmlRpcRequest;
import org.supervisorj.server.rpc.xml.XmlRpcWriter;

/**
 * The training run the launcher records its AOT cache from: typical supervisorctl commands against a
 * canned XML-RPC server on a private unix socket, so that the classes of a real run (HTTP over a unix
 * socket, the StAX parser, the status table) are all in the cache. Not part of supervisorctl itself.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("supervisorctl-aot");
        Path socket = dir.resolve("s.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread t = Thread.ofPlatform().daemon().start(() -> serve(server));
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            String url = "unix://" + socket;
            for (List<String> cmd : List.of(List.of("status"), List.of("status", "a"), List.of("pid"),
                    List.of("version"), List.of("start", "a"), List.of("stop", "a"), List.of("help"),
                    List.of("tail", "a"))) {
                List<String> argv = new java.util.ArrayList<>(List.of("-s", url));
                argv.addAll(cmd);
                Main.run(argv.toArray(String[]::new), sink, sink);
            }
            Main.run(new String[] {"-s", "unix://" + dir.resolve("missing.sock"), "status"}, sink, sink);
            Main.run(new String[] {"-x"}, sink, sink);
            t.interrupt();
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        }
    }

    private static void serve(ServerSocketChannel server) {
        XmlRpcReader reader = new XmlRpcReader();
        while (true) {
            try (SocketChannel c = server.accept()) {
                byte[] request = readRequest(c);
                String text = new String(request, StandardCharsets.ISO_8859_1);
                int body = text.indexOf("\r\n\r\n") + 4;
                XmlRpcRequest call = reader.readCall(java.util.Arrays.copyOfRange(request, body, request.length));
                byte[] answer = new XmlRpcWriter().response(answer(call.methodName()));
                String head = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + answer.length + "\r\n\r\n";
                c.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1)));
                c.write(ByteBuffer.wrap(answer));
            } catch (Exception e) {
                return;
            }
        }
    }

    private static Object answer(String method) {
        Map<String, Object> info = Map.of("name", "a", "group", "a", "statename", "RUNNING", "state", 20,
                "description", "pid 1, uptime 0:00:01", "pid", 1);
        return switch (method) {
            case "supervisor.getVersion" -> "3.0";
            case "supervisor.getAllProcessInfo" -> List.of(info);
            case "supervisor.getProcessInfo" -> info;
            case "supervisor.getPID" -> 1;
            case "supervisor.readProcessStdoutLog" -> "log\n";
            default -> true;
        };
    }

    private static byte[] readRequest(SocketChannel c) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        while (true) {
            if (c.read(buf) < 0) {
                break;
            }
            String s = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
            int end = s.indexOf("\r\n\r\n");
            if (end >= 0) {
                int cl = s.toLowerCase(java.util.Locale.ROOT).indexOf("content-length:");
                int len = Integer.parseInt(s.substring(cl + 15, s.indexOf("\r\n", cl)).strip());
                if (buf.position() >= end + 4 + len) {
                    break;
                }
            }
        }
        return java.util.Arrays.copyOf(buf.array(), buf.position());
    }
}
