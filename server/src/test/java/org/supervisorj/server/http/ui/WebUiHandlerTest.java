package org.supervisorj.server.http.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import io.undertow.Undertow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The handler on a real Undertow listener, with a scripted RPC table standing in for the engine
 * (the end-to-end runs against real supervisords live in compat-tests). What matters here is
 * which requests reach the RPC layer at all.
 */
class WebUiHandlerTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Undertow server;
    private int port;

    private WebUi start(WebUiOptions options) throws Exception {
        Rpc rpc = (method, params) -> {
            calls.add(method + params);
            return CompletableFuture.completedFuture(switch (method) {
                case "supervisor.getSupervisorVersion" -> "4.2.5";
                case "supervisor.getAllProcessInfo" -> List.of(Map.of("group", "cat", "name", "cat",
                        "statename", "STOPPED", "description", "Not started"));
                default -> true;
            });
        };
        WebUi ui = WebUi.create(rpc, options, line -> { });
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = Undertow.builder().addHttpListener(port, "127.0.0.1").setHandler(ui).build();
        server.start();
        return ui;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder req(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private String token() throws Exception {
        String page = send(req("/")).body();
        int at = page.indexOf("name=\"csrf-token\" content=\"") + "name=\"csrf-token\" content=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    @Test
    void consoleActionWithoutTheTokenIsRefusedBeforeAnyCall() throws Exception {
        start(WebUiOptions.defaults());
        var r = send(req("/api/action").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("action=stopall")));
        assertEquals(403, r.statusCode());
        assertTrue(calls.isEmpty(), calls.toString());
    }

    @Test
    void consoleActionWithTheTokenAnswersJson() throws Exception {
        start(WebUiOptions.defaults());
        String token = token();
        calls.clear();
        var r = send(req("/api/action").header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", token).header("Accept", "application/json").POST(form("action=stop&name=cat")));
        assertEquals(200, r.statusCode());
        assertEquals("{\"ok\":true,\"message\":\"Process cat stopped\"}", r.body());
        assertEquals(List.of("supervisor.getProcessInfo[cat]", "supervisor.stopProcess[cat]"), calls);
    }

    @Test
    void noScriptFormPostCarriesTheTokenAndIsRedirectedWith303() throws Exception {
        start(WebUiOptions.defaults());
        String token = token();
        var r = send(req("/api/action").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("token=" + token + "&action=start&name=cat")));
        assertEquals(303, r.statusCode());
        assertEquals("../?message=Process%20cat%20started", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void legacyActionsCanBeTurnedOffButRefreshStays() throws Exception {
        start(new WebUiOptions(false));
        assertEquals(403, send(req("/?processname=cat&action=stop")).statusCode());
        assertEquals(403, send(req("/index.html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form("processname=cat&action=start"))).statusCode());
        assertTrue(calls.isEmpty(), calls.toString());
        assertEquals(301, send(req("/?action=refresh")).statusCode());
    }

    @Test
    void onlyTheListedAssetsAreServed() throws Exception {
        start(WebUiOptions.defaults());
        assertEquals(200, send(req("/scripts/console.js")).statusCode());
        assertEquals(404, send(req("/scripts/../WebUi.class")).statusCode());
        assertEquals(404, send(req("/org/supervisorj/server/http/ui/console.js")).statusCode());
        assertEquals(404, send(req("/console.js")).statusCode());
        var page = send(req("/"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
    }
}
