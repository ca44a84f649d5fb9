package org.supervisorj.server;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The training run the launcher records supervisord's AOT cache from (JDK 25, JEP 483/514/515): a
 * supervisord on a private config starts, spawns and stops a few programs, answers typical XML-RPC
 * calls, a log tail and the web UI over both transports, and shuts down, so that the classes and
 * method profiles of a real start are in the cache. Not part of supervisord itself.
 */
public final class Training {
    private static final long CUT_OFF_MILLIS = 500;

    private Training() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("supervisord-aot");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path socket = dir.resolve("s.sock");
        Path conf = dir.resolve("supervisord.conf");
        Files.writeString(conf, """
                [unix_http_server]
                file=%1$s/s.sock
                [inet_http_server]
                port=127.0.0.1:%2$d
                [supervisord]
                nodaemon=true
                silent=true
                logfile=%1$s/supervisord.log
                pidfile=%1$s/supervisord.pid
                childlogdir=%1$s
                [rpcinterface:supervisor]
                supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
                [program:talker]
                command=/bin/sh -c 'while :; do echo line; echo err >&2; sleep 0.05; done'
                startsecs=0
                [program:quitter]
                command=/bin/sh -c 'echo bye; exit 3'
                startsecs=0
                autorestart=false
                [eventlistener:listener]
                command=/bin/sh -c 'while :; do echo READY; read -r h || exit 0; dd bs=1 count="${h##*len:}" of=/dev/null 2>/dev/null; printf "RESULT 2\\nOK"; done'
                events=REMOTE_COMMUNICATION,PROCESS_STATE
                buffer_size=1000
                startsecs=0
                [program:sleeper]
                command=/bin/sleep 600
                numprocs=8
                process_name=%%(program_name)s_%%(process_num)d
                startsecs=1
                """.formatted(dir, port));
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        CompletableFuture<Integer> daemon = CompletableFuture.supplyAsync(
                () -> Main.run(new String[] {"-c", conf.toString()}, quiet, quiet), Thread.ofPlatform()::start);
        try {
            exercise(socket, port);
        } finally {
            call(socket, port, true, "supervisor.shutdown");
            daemon.join();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void exercise(Path socket, int port) throws Exception {
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        for (boolean unix : new boolean[] {true, false}) {
            for (int i = 0; i < 50; i++) {
                call(socket, port, unix, "supervisor.getState");
                call(socket, port, unix, "supervisor.getAllProcessInfo");
            }
            for (int i = 0; i < 100; i++) {
                call(socket, port, unix, "supervisor.sendRemoteCommEvent", "training", "event " + i);
            }
            call(socket, port, unix, "supervisor.getProcessInfo", "talker");
            call(socket, port, unix, "supervisor.readProcessStdoutLog", "talker", 0, 100);
            call(socket, port, unix, "supervisor.tailProcessStderrLog", "talker", 0, 100);
            call(socket, port, unix, "supervisor.readLog", 0, 0);
            call(socket, port, unix, "supervisor.stopProcess", "talker");
            call(socket, port, unix, "supervisor.startProcess", "talker");
            call(socket, port, unix, "supervisor.getProcessInfo", "nosuch");
            call(socket, port, unix, "system.listMethods");
            call(socket, port, unix, "supervisor.getAllConfigInfo");
            call(socket, port, unix, "supervisor.reloadConfig");
            get(socket, port, unix, "/");
            get(socket, port, unix, "/logtail/talker");
        }
    }

    /** One XML-RPC call on its own connection; the answer is read and dropped. */
    private static void call(Path socket, int port, boolean unix, String method, Object... params) {
        StringBuilder body = new StringBuilder("<?xml version='1.0'?>\n<methodCall>\n<methodName>")
                .append(method).append("</methodName>\n<params>\n");
        for (Object p : params) {
            String type = p instanceof Integer ? "int" : "string";
            body.append("<param>\n<value><").append(type).append('>').append(p).append("</").append(type)
                    .append("></value>\n</param>\n");
        }
        body.append("</params>\n</methodCall>\n");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange(socket, port, unix, ("POST /RPC2 HTTP/1.0\r\nContent-Type: text/xml\r\nContent-Length: "
                + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
    }

    /** A GET; a log tail never ends by itself, so every exchange is cut off after a while. */
    private static void get(Path socket, int port, boolean unix, String path) {
        exchange(socket, port, unix, ("GET " + path + " HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII),
                new byte[0]);
    }

    private static void exchange(Path socket, int port, boolean unix, byte[] head, byte[] body) {
        try (Closeable connection = unix ? SocketChannel.open(UnixDomainSocketAddress.of(socket))
                : new Socket(InetAddress.getLoopbackAddress(), port)) {
            CompletableFuture.delayedExecutor(CUT_OFF_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
                try {
                    connection.close();
                } catch (IOException e) {
                    // already closed
                }
            });
            OutputStream out = connection instanceof Socket s ? s.getOutputStream()
                    : Channels.newOutputStream((SocketChannel) connection);
            InputStream in = connection instanceof Socket s ? s.getInputStream()
                    : Channels.newInputStream((SocketChannel) connection);
            out.write(head);
            out.write(body);
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // cut off (the log tail), or the server went away (shutdown): either way the call was made
        }
    }
}
