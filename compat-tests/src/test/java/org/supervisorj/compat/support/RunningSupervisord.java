package org.supervisorj.compat.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One supervisord (Python's or ours) running in the foreground on a config in its own directory,
 * with a unix socket at {@code <dir>/supervisor.sock}. Closing it sends SIGTERM and waits.
 * The Python clients ({@link #ctl}, {@link #python}, {@link #client}) run on the reference host
 * ({@link ReferenceHost}): this machine, or a container that mounts the scenario at the same path.
 */
public final class RunningSupervisord implements AutoCloseable {
    /** The sections every scenario shares; %(here)s keeps all files inside the scenario directory. */
    public static final String HEADER = """
            [unix_http_server]
            file=%(here)s/supervisor.sock

            [supervisord]
            logfile=%(here)s/supervisord.log
            pidfile=%(here)s/supervisord.pid
            childlogdir=%(here)s
            loglevel=debug

            [rpcinterface:supervisor]
            supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

            [supervisorctl]
            serverurl=unix://%(here)s/supervisor.sock

            """;

    private final Implementation implementation;
    private final Path dir;
    private final Path config;
    private final ServerHandle server;
    private final ClientRunner clients;

    private RunningSupervisord(Implementation implementation, Path dir, Path config, ReferenceHost.Launched launched) {
        this.implementation = implementation;
        this.dir = dir;
        this.config = config;
        this.server = launched.server();
        this.clients = launched.clients();
    }

    /** Writes HEADER + {@code sections} into a fresh directory under {@code parent} and starts supervisord. */
    public static RunningSupervisord start(Implementation impl, Path parent, String sections) throws IOException {
        Path dir = Files.createDirectories(parent.resolve(impl.name()));
        Path config = dir.resolve("supervisord.conf");
        Files.writeString(config, HEADER + sections);
        List<String> command = new ArrayList<>(impl.command());
        command.addAll(List.of("-n", "-c", config.toString()));
        ReferenceHost.Launched launched = ReferenceHost.selected()
                .launch(command, impl.isReference(), parent, dir, dir.resolve("supervisord.out"));
        RunningSupervisord running = new RunningSupervisord(impl, dir, config, launched);
        try {
            running.awaitReady();
        } catch (IOException | RuntimeException e) {
            running.closeQuietly();
            throw e;
        }
        return running;
    }

    public Implementation implementation() {
        return implementation;
    }

    public Path dir() {
        return dir;
    }

    public Path config() {
        return config;
    }

    public Path socket() {
        return dir.resolve("supervisor.sock");
    }

    public String serverUrl() {
        return "unix://" + socket();
    }

    public Normalizer normalizer() {
        return Normalizer.forDirectory(dir.toString());
    }

    public boolean isAlive() {
        return server.isAlive();
    }

    /** Sends a signal by name (TERM, HUP, USR2, ...) to supervisord, wherever it runs. */
    public void signal(String name) throws IOException {
        server.signal(name);
    }

    /** Python's supervisorctl with this instance's config. */
    public CommandResult ctl(String... args) {
        List<String> command = new ArrayList<>(List.of(Implementation.PYTHON_SUPERVISORCTL.toString(), "-c", config.toString()));
        command.addAll(List.of(args));
        return clients.run(command, dir, 60);
    }

    /** Runs a Python script from the test resources with the server URL as its first argument. */
    public CommandResult python(Path script, String... args) {
        clients.requireVisible(script);
        List<String> command = new ArrayList<>(List.of(Implementation.PYTHON.toString(), script.toString(), serverUrl()));
        command.addAll(List.of(args));
        return clients.run(command, dir, 120);
    }

    /**
     * Any other client command line (e.g. {@code timeout -s INT 2 /usr/bin/supervisorctl ...}), run in
     * this instance's directory where the Python clients run.
     */
    public CommandResult client(List<String> command, long timeoutSeconds) {
        return clients.run(command, dir, timeoutSeconds);
    }

    public String output() throws IOException {
        return Files.readString(dir.resolve("supervisord.out"));
    }

    private void awaitReady() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException(implementation + " supervisord " + server.exitDescription()
                        + " before answering:\n" + output());
            }
            if (answers()) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException(implementation + " supervisord did not answer within 30 s:\n" + output());
    }

    private boolean answers() {
        if (!Files.exists(socket())) {
            return false;
        }
        String reply = UnixXmlRpc.call(socket(), "supervisor.getState", "");
        return reply.startsWith("HTTP/1.") && reply.contains("RUNNING");
    }

    /** Sends SIGTERM, waits for the orderly stop, then makes sure nothing is left behind. */
    @Override
    public void close() throws InterruptedException {
        try {
            server.stop();
        } finally {
            clients.close();
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
