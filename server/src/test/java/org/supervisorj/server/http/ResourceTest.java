package org.supervisorj.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads while running, and no file descriptor or thread left once closed, after a rough workout. */
class ResourceTest {
    @TempDir
    Path dir;

    HttpServers start() throws HttpServerException {
        return HttpServers.start(
                List.of(new UnixSocketSpec("unix_http_server", dir.resolve("s.sock"), 0700, OptionalInt.empty(),
                        OptionalInt.empty(), Optional.empty())),
                List.of(new InetSocketSpec("inet_http_server", "127.0.0.1", 0, Optional.of(new Credentials("u", "p")))),
                new TestRoutes());
    }

    static long openFds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count() - 1; // the listing's own descriptor
        }
    }

    static List<String> httpThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("supervisorj-http")).sorted().toList();
    }

    @Test
    void threadsAreFewAndNothingLeaksAfterClose() throws Exception {
        start().close(); // load classes and JDK-internal descriptors once
        long before = openFds();

        HttpServers servers = start();
        Path socket = dir.resolve("s.sock");
        String auth = "Authorization: Basic dTpw\r\n";
        List<RawHttp> conns = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            conns.add(i % 2 == 0 ? RawHttp.connect(socket) : RawHttp.connect(servers.inetAddresses().getFirst()));
        }
        for (RawHttp c : conns) {
            c.send("GET /size/1000 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
        }
        for (RawHttp c : conns) {
            assertEquals(1000, c.read().body().length);
        }
        for (int i = 0; i < 20; i++) { // aborted downloads on both transports
            RawHttp c = conns.get(i);
            c.send("GET /size/8388608 HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n");
            c.channel.read(ByteBuffer.allocate(1));
            c.close();
        }
        for (int i = 20; i < 40; i++) { // HTTP/1.0 close, half-close and plain EOF
            RawHttp c = conns.get(i);
            switch (i % 3) {
                case 0 -> c.send("GET /hello HTTP/1.0\r\nConnection: close\r\n" + auth + "\r\n").read();
                case 1 -> c.send("GET /hello HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n").channel.shutdownOutput();
                default -> c.channel.shutdownOutput();
            }
        }
        try (RawHttp c = RawHttp.connect(socket)) {
            assertEquals(8388608, c.send("GET /size/8388608 HTTP/1.1\r\nHost: x\r\n\r\n").read().body().length);
        }
        List<String> threads = httpThreads();
        assertEquals(List.of("supervisorj-http Accept", "supervisorj-http I/O-1"),
                threads.stream().filter(n -> !n.contains("task")).toList());
        assertTrue(threads.stream().filter(n -> n.contains("task")).count() <= HttpServers.TASK_THREADS_MAX, threads.toString());

        servers.close(); // with 160 connections still open on the server
        for (int i = 20; i < conns.size(); i++) {
            conns.get(i).close();
        }
        // The JDK releases a closed channel's descriptor once its selector has deregistered it; the
        // worker's shutdown waits for that, so nothing may be left at once. Other tests in this JVM may
        // close descriptors meanwhile, so the check is "no more than before", not "exactly as many".
        long after = openFds();
        assertTrue(after <= before, "descriptors leaked: " + before + " before, " + after + " after");
        assertEquals(List.of(), httpThreads());
    }
}
