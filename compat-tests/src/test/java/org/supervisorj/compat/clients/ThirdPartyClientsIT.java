package org.supervisorj.compat.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supervisorj.compat.support.CommandResult;
import org.supervisorj.compat.support.Commands;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.LoopbackPorts;
import org.supervisorj.compat.support.Normalizer;
import org.supervisorj.compat.support.ProjectPaths;
import org.supervisorj.compat.support.RunningSupervisord;
import org.supervisorj.compat.support.Transcripts;

/**
 * Third-party clients as their users run them, each against Python's supervisord and against ours on the
 * same scenario (resources/clients/scenario.conf): the npm {@code supervisord} package, Apache XML-RPC's Java
 * client and the supervisord collector of Debian's prometheus-node-exporter. What each decoded must be the
 * same once pids, times, ports and paths are normalised.
 * <p>
 * These clients run on this machine even when the reference runs in a container: they reach it over TCP on
 * loopback (the container shares the host's network) or through the socket file (mounted at the same path).
 */
class ThirdPartyClientsIT {
    private static final Path RESOURCES = ProjectPaths.root().resolve("compat-tests/src/test/resources/clients");
    private static final String USER = "alice";
    private static final String PASSWORD = "s3cret";

    /** Where every program of the scenario settles; a client runs only then, so both servers are in one state. */
    private static final Map<String, String> SETTLED = Map.of(
            "sleeper", "RUNNING", "greeter", "RUNNING", "echoer", "RUNNING", "idle", "STOPPED",
            "done", "EXITED", "fails", "FATAL", "worker:worker_0", "RUNNING", "worker:worker_1", "RUNNING");

    /** A client's whole run against one supervisord, whose [inet_http_server] listens on 127.0.0.1:port. */
    private interface ClientRun {
        String against(RunningSupervisord sd, int port) throws IOException;
    }

    /** The npm package `supervisord` 0.1.0 (on the xmlrpc package), over TCP with basic auth and over the socket. */
    @Test
    void npmSupervisordClientReadsOursAsItReadsPython(@TempDir Path tmp) {
        Path node = InstalledClients.node();
        Path modules = InstalledClients.npmModules();
        compare("npm-supervisord", tmp, (sd, port) -> {
            String tcp = "http://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port;
            String wrong = "http://" + USER + ":wrong@127.0.0.1:" + port;
            return "over TCP:\n" + node(node, modules, sd, tcp, wrong)
                    + "over the unix socket:\n" + node(node, modules, sd, "unix://" + sd.socket());
        });
    }

    /**
     * Apache XML-RPC's client, as a Java tool would use it. Test scope only: the project rejected Apache XML-RPC
     * for the server (CVE-2016-5002, CVE-2019-17570); as a client of our own test servers it is harmless.
     */
    @Test
    void apacheXmlRpcClientDecodesOursAsItDecodesPython(@TempDir Path tmp) {
        compare("apache-xmlrpc-client", tmp, (sd, port) -> ApacheXmlRpcTranscript.against(port, USER, PASSWORD, "wrong"));
    }

    /** node_exporter's supervisord collector, over TCP with basic auth (also a wrong password) and over the socket. */
    @Test
    void nodeExporterCollectorExportsTheSameMetricsForOursAsForPython(@TempDir Path tmp) {
        InstalledClients.nodeExporter();
        compare("node-exporter-supervisord", tmp, (sd, port) -> {
            String tcp = "http://" + USER + ":" + PASSWORD + "@127.0.0.1:" + port + "/RPC2";
            String wrong = "http://" + USER + ":wrong@127.0.0.1:" + port + "/RPC2";
            return "over TCP:\n" + scrape(sd, tcp, "tcp")
                    + "over TCP with a wrong password:\n" + scrape(sd, wrong, "wrong")
                    + "over the unix socket:\n" + scrape(sd, "unix://" + sd.socket(), "unix");
        });
    }

    private static void compare(String name, Path tmp, ClientRun client) {
        List<String> transcripts = new ArrayList<>();
        for (Implementation impl : Implementation.both()) {
            int port = LoopbackPorts.free();
            try (RunningSupervisord sd = RunningSupervisord.start(impl, tmp, scenario(port))) {
                awaitSettled(sd);
                transcripts.add(normalizer(sd, port).apply(client.against(sd, port)));
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(impl + ": " + e, e);
            }
        }
        Transcripts.assertSame(name, transcripts.get(0), transcripts.get(1));
    }

    private static String scenario(int port) throws IOException {
        return Files.readString(RESOURCES.resolve("scenario.conf")).replace("@PORT@", String.valueOf(port));
    }

    private static String node(Path node, Path modules, RunningSupervisord sd, String... urls) {
        List<String> command = new ArrayList<>(List.of(node.toString(), RESOURCES.resolve("npm/drive.js").toString()));
        command.addAll(List.of(urls));
        // NODE_PATH: the script stays in the resources while the package is installed under target/.
        CommandResult r = Commands.run(command, sd.dir(), Map.of("NODE_PATH", modules.toString()), 60);
        assertEquals(0, r.exitCode(), sd.implementation() + ": " + r);
        return r.output();
    }

    private static String scrape(RunningSupervisord sd, String url, String label) throws IOException {
        try (NodeExporter exporter = NodeExporter.start(url, sd.dir().resolve("node_exporter-" + label + ".log"))) {
            return exporter.scrapeSupervisord();
        }
    }

    /** The scenario's normalizer plus what these clients show of a run: the port, epoch times, a start time. */
    private static Normalizer normalizer(RunningSupervisord sd, int port) {
        return sd.normalizer()
                .literal("127.0.0.1:" + port, "127.0.0.1:<PORT>")
                .regex("\"(pid|start|stop|now)\": [1-9]\\d*", "\"$1\": N")
                .regex("(node_supervisord_start_time_seconds\\{[^}]*\\}) \\S+", "$1 T");
    }

    private static void awaitSettled(RunningSupervisord sd) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Map<String, String> states = states(sd);
        while (!states.equals(SETTLED)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(sd.implementation() + ": programs did not settle in 30 s; last seen " + states);
            }
            sleep(100);
            states = states(sd);
        }
    }

    /** name -> state, as supervisorctl status prints them. */
    private static Map<String, String> states(RunningSupervisord sd) {
        Map<String, String> states = new TreeMap<>();
        for (String line : sd.ctl("status").output().split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2) {
                states.put(fields[0], fields[1]);
            }
        }
        return states;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
