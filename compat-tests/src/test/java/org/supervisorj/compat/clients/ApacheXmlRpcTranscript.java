package org.supervisorj.compat.clients;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.xmlrpc.XmlRpcException;
import org.apache.xmlrpc.client.XmlRpcClient;
import org.apache.xmlrpc.client.XmlRpcClientConfigImpl;

/**
 * Apache XML-RPC's Java client (3.1.3) used as a third-party Java tool uses it: an XmlRpcClient with an
 * XmlRpcClientConfigImpl over TCP with basic auth, its default transport and no vendor extensions. Calls a
 * fixed sequence of methods and writes down what the client decoded, or the exception it threw.
 */
final class ApacheXmlRpcTranscript {
    private final StringBuilder out = new StringBuilder();

    private ApacheXmlRpcTranscript() {
    }

    /** The transcript of the whole sequence against the [inet_http_server] on 127.0.0.1:{@code port}. */
    static String against(int port, String user, String password, String wrongPassword) {
        XmlRpcClient c = client(port, user, password);
        ApacheXmlRpcTranscript t = new ApacheXmlRpcTranscript();
        t.call(c, "system.listMethods");
        t.call(c, "supervisor.getAPIVersion");
        t.call(c, "supervisor.getSupervisorVersion");
        t.call(c, "supervisor.getIdentification");
        t.call(c, "supervisor.getState");
        t.call(c, "supervisor.getPID", pid -> pid instanceof Integer i && i > 1 ? "a pid" : DecodedValues.render(pid));
        t.call(c, "supervisor.getAllProcessInfo");
        t.call(c, "supervisor.getProcessInfo", "worker:worker_0");
        t.call(c, "supervisor.getProcessInfo", "nosuch");
        t.call(c, "supervisor.getAllConfigInfo");
        t.call(c, "supervisor.startProcess", "idle", true);
        t.call(c, "supervisor.getProcessInfo", "idle");
        t.call(c, "supervisor.startProcess", "idle");
        t.call(c, "supervisor.stopProcess", "idle", true);
        t.call(c, "supervisor.stopProcess", "idle");
        t.call(c, "supervisor.readProcessStdoutLog", "greeter", 0, 1000);
        t.call(c, "supervisor.tailProcessStdoutLog", "greeter", 6, 5);
        t.call(c, "supervisor.readProcessStdoutLog", "greeter", -1, 0);
        t.call(c, "supervisor.sendProcessStdin", "echoer", "ping from java: café ✓\n");
        awaitOutput(c, "echoer", "café ✓");
        t.call(c, "supervisor.tailProcessStdoutLog", "echoer", 0, 1000);
        t.call(c, "supervisor.sendProcessStdin", "echoer", 42);
        t.call(c, "supervisor.signalProcess", "nosuch", "HUP");
        t.call(c, "supervisor.nosuchMethod");
        t.call(c, "system.methodSignature", "supervisor.readProcessStdoutLog");
        t.call(c, "system.multicall", (Object) new Object[] {
                Map.of("methodName", "supervisor.getAPIVersion", "params", new Object[0]),
                Map.of("methodName", "supervisor.getProcessInfo", "params", new Object[] {"nosuch"}),
                Map.of("methodName", "supervisor.getProcessInfo", "params", new Object[] {"done"}),
                Map.of("methodName", "system.multicall", "params", new Object[] {new Object[0]}),
        });
        t.call(client(port, user, wrongPassword), "supervisor.getState");
        return t.out.toString();
    }

    /** {@code cat} echoes on its own clock: polls its log (for at most 30 s) before the transcript reads it. */
    private static void awaitOutput(XmlRpcClient client, String name, String text) {
        for (int i = 0; i < 300; i++) {
            try {
                if (client.execute("supervisor.tailProcessStdoutLog", List.of(name, 0, 1000)) instanceof Object[] tail
                        && String.valueOf(tail[0]).contains(text)) {
                    return;
                }
                Thread.sleep(100);
            } catch (XmlRpcException e) {
                return; // the transcript's next call shows the failure
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static XmlRpcClient client(int port, String user, String password) {
        XmlRpcClientConfigImpl config = new XmlRpcClientConfigImpl();
        try {
            config.setServerURL(URI.create("http://127.0.0.1:" + port + "/RPC2").toURL());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
        config.setBasicUserName(user);
        config.setBasicPassword(password);
        XmlRpcClient client = new XmlRpcClient();
        client.setConfig(config);
        return client;
    }

    private void call(XmlRpcClient client, String method, Object... params) {
        call(client, method, DecodedValues::render, params);
    }

    private void call(XmlRpcClient client, String method, Function<Object, String> show, Object... params) {
        out.append(method).append(Arrays.stream(params).map(DecodedValues::render).collect(Collectors.joining(", ", "(", ")")));
        String outcome;
        try {
            outcome = " -> " + show.apply(client.execute(method, List.of(params)));
        } catch (XmlRpcException e) {
            outcome = " !! " + e.getClass().getSimpleName() + " code " + e.code + ": " + e.getMessage();
        }
        out.append(outcome).append('\n');
    }
}
