import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load client of scripts/bench-rpc, run with the JDK's source launcher: N keep-alive connections
 * (one thread each) repeat one XML-RPC call for a warm-up and then a measured period, and it prints
 * "calls errors". A client costs a few microseconds per call, so on a 2-core machine the server, not
 * the client, sets the rate (supbench's Python clients use more CPU per call than supervisord itself).
 *
 * <p>Usage: java RpcLoad (unix:PATH | HOST:PORT) METHOD CLIENTS START STOP, where calls are counted
 * from START to STOP (epoch milliseconds) and the time before START is the warm-up.
 */
public final class RpcLoad {
    public static void main(String[] args) throws Exception {
        SocketAddress address = args[0].startsWith("unix:")
                ? UnixDomainSocketAddress.of(args[0].substring(5))
                : new InetSocketAddress(args[0].substring(0, args[0].lastIndexOf(':')),
                        Integer.parseInt(args[0].substring(args[0].lastIndexOf(':') + 1)));
        byte[] request = request(args[1]);
        int clients = Integer.parseInt(args[2]);
        long start = Long.parseLong(args[3]);
        long stop = Long.parseLong(args[4]);
        LongAdder calls = new LongAdder();
        LongAdder errors = new LongAdder();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            threads.add(Thread.ofPlatform().start(() -> run(address, request, start, stop, calls, errors)));
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(calls.sum() + " " + errors.sum());
    }

    private static void run(SocketAddress address, byte[] request, long start, long stop, LongAdder calls,
                            LongAdder errors) {
        ByteBuffer in = ByteBuffer.allocate(1 << 20);
        SocketChannel channel = null;
        while (true) {
            long now = System.currentTimeMillis();
            if (now >= stop) {
                break;
            }
            try {
                if (channel == null) {
                    channel = SocketChannel.open(address);
                }
                boolean ok = call(channel, request, in);
                if (now >= start) {
                    (ok ? calls : errors).increment();
                }
            } catch (IOException e) {
                errors.increment();
                close(channel);
                channel = null;
            }
        }
        close(channel);
    }

    /** One request and its whole answer; true if it is a 200 XML-RPC value (not a fault). */
    private static boolean call(SocketChannel channel, byte[] request, ByteBuffer in) throws IOException {
        ByteBuffer out = ByteBuffer.wrap(request);
        while (out.hasRemaining()) {
            channel.write(out);
        }
        in.clear();
        int headEnd = -1;
        int length = -1;
        while (headEnd < 0 || in.position() < headEnd + length) {
            if (!in.hasRemaining()) {
                throw new IOException("answer larger than the buffer");
            }
            if (channel.read(in) < 0) {
                throw new IOException("connection closed");
            }
            if (headEnd < 0) {
                String seen = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
                int blank = seen.indexOf("\r\n\r\n");
                if (blank >= 0) {
                    headEnd = blank + 4;
                    int at = seen.toLowerCase().indexOf("content-length:");
                    length = Integer.parseInt(seen.substring(at + 15, seen.indexOf("\r\n", at)).strip());
                }
            }
        }
        String head = new String(in.array(), 0, Math.min(in.position(), headEnd + 60), StandardCharsets.ISO_8859_1);
        return head.startsWith("HTTP/1.1 200") && !head.contains("<fault>");
    }

    private static byte[] request(String method) {
        String body = "<?xml version='1.0'?>\n<methodCall>\n<methodName>" + method
                + "</methodName>\n<params>\n</params>\n</methodCall>\n";
        return ("POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void close(SocketChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing to do
        }
    }
}
