package org.supervisorj.compat.clients;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.supervisorj.compat.support.LoopbackPorts;

/**
 * Debian's prometheus-node-exporter with its supervisord collector alone, pointed at one supervisord and
 * listening on a free loopback port. Closing it stops it, so no exporter outlives its test.
 */
final class NodeExporter implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final URI metrics;
    private final Path log;

    private NodeExporter(Process process, URI metrics, Path log) {
        this.process = process;
        this.metrics = metrics;
        this.log = log;
    }

    /** @param supervisordUrl what a user gives --collector.supervisord.url: http://user:pass@host:port/RPC2 or unix:///path */
    static NodeExporter start(String supervisordUrl, Path log) throws IOException {
        int port = LoopbackPorts.free();
        List<String> command = List.of(InstalledClients.nodeExporter().toString(),
                "--collector.disable-defaults", "--collector.supervisord",
                "--collector.supervisord.url=" + supervisordUrl,
                "--web.disable-exporter-metrics", "--web.listen-address=127.0.0.1:" + port);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        NodeExporter exporter = new NodeExporter(process, URI.create("http://127.0.0.1:" + port + "/metrics"), log);
        try {
            exporter.awaitListening();
        } catch (IOException | RuntimeException e) {
            exporter.close();
            throw e;
        }
        return exporter;
    }

    /**
     * One scrape, reduced to what the supervisord collector exported: its node_supervisord_* families (HELP and
     * TYPE lines included) and whether the collector succeeded. The collector asks supervisord on each scrape.
     */
    String scrapeSupervisord() throws IOException {
        return get().lines()
                .filter(l -> l.matches("(# (HELP|TYPE) )?node_supervisord_.*")
                        || l.startsWith("node_scrape_collector_success{collector=\"supervisord\"}"))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private String get() throws IOException {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException(metrics + " answered " + r.statusCode() + ":\n" + r.body());
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node_exporter exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                get();
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("node_exporter did not answer on " + metrics + " within 30 s:\n"
                            + Files.readString(log), notYet);
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
