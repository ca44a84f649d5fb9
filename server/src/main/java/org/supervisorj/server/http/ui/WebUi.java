package org.supervisorj.server.http.ui;

import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.SameThreadExecutor;

import org.supervisorj.server.http.ErrorPage;
import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/**
 * The web interface: every path the API does not claim.
 *
 * <ul>
 *   <li>{@code /}, {@code /index.html}: the status page; with {@code action=} Supervisor's legacy
 *       actions, answered with its 301 redirect to {@code /?message=...}</li>
 *   <li>{@code /tail.html?processname=X[&limit=N]}: the end of X's stdout log, live with script</li>
 *   <li>{@code /ok.html}: "OK", for health checks</li>
 *   <li>{@code /api/status} (GET, JSON) and {@code /api/action} (POST, CSRF-checked): the live console</li>
 *   <li>the fixed set of {@link Assets}; anything else is medusa's 404</li>
 * </ul>
 */
public final class WebUi implements HttpHandler {
    private static final int MAX_FORM_BYTES = 64 * 1024;

    private final Rpc rpc;
    private final Actions actions;
    private final WebUiOptions options;
    private final CsrfGuard csrf;
    private final Assets assets;
    private final Consumer<String> errors;

    private WebUi(Rpc rpc, WebUiOptions options, CsrfGuard csrf, Consumer<String> errors) {
        this.rpc = rpc;
        this.actions = new Actions(rpc, InstantSource.system());
        this.options = options;
        this.csrf = csrf;
        this.assets = Assets.load();
        this.errors = errors;
    }

    /**
     * @param rpc    the whitelist to act through, e.g. {@code RpcMethods::call}
     * @param errors receives a line for each request that failed with a bug (answered with 500)
     */
    public static WebUi create(Rpc rpc, WebUiOptions options, Consumer<String> errors) {
        return new WebUi(rpc, options, CsrfGuard.random(), errors);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        HttpString method = exchange.getRequestMethod();
        boolean read = method.equals(Methods.GET) || method.equals(Methods.HEAD);
        switch (path) {
            case "", "index.html", "tail.html", "ok.html" -> {
                if (!read && !method.equals(Methods.POST)) {
                    ErrorPage.send(exchange, 400);
                    return;
                }
                String view = path.isEmpty() ? "index.html" : path;
                withForm(exchange, body -> page(exchange, view, Form.of(exchange.getQueryString(), body)));
            }
            case "api/status" -> {
                if (!read) {
                    ErrorPage.send(exchange, 405);
                    return;
                }
                reply(exchange, status(), (ex, s) -> Replies.json(ex, 200, s));
            }
            case "api/action" -> {
                if (!method.equals(Methods.POST)) {
                    ErrorPage.send(exchange, 405);
                    return;
                }
                withForm(exchange, body -> consoleAction(exchange, Form.of(null, body)));
            }
            default -> {
                Optional<Assets.Asset> asset = read ? assets.get(path) : Optional.empty();
                if (asset.isPresent()) {
                    Replies.asset(exchange, asset.get());
                } else {
                    ErrorPage.send(exchange, read ? 404 : 400);
                }
            }
        }
    }

    private void page(HttpServerExchange exchange, String view, Form form) {
        switch (view) {
            case "ok.html" -> Replies.text(exchange, "OK");
            case "tail.html" -> tail(exchange, form);
            default -> index(exchange, form);
        }
    }

    private void index(HttpServerExchange exchange, Form form) {
        Optional<String> action = form.get("action");
        if (action.isPresent()) {
            if (!options.legacyActions() && !action.get().equals("refresh")) {
                ErrorPage.send(exchange, 403);
                return;
            }
            String server = ServerUrl.of(exchange.getRequestHeaders().getFirst(Headers.HOST), exchange.getDestinationAddress());
            reply(exchange, actions.legacy(action.get(), form.get("processname")),
                    (ex, o) -> Replies.legacyRedirect(ex, server + "/?message=" + PyQuote.quote(o.message())));
            return;
        }
        Optional<Outcome> message = form.get("message").map(m -> new Outcome(!looksFailed(m), m));
        reply(exchange, status(), (ex, s) -> Replies.html(ex, StatusPage.render(rows(s), (String) s.get("version"),
                message, csrf.token())));
    }

    private void tail(HttpServerExchange exchange, Form form) {
        Optional<String> name = form.get("processname");
        int limit = tailLimit(form.get("limit").orElse("1024"));
        if (name.isEmpty()) {
            Replies.html(exchange, TailPage.render(null, UiMessages.tailNoName(), limit, csrf.token()));
            return;
        }
        String ns = name.get();
        CompletionStage<String> text = rpc.call("supervisor.readProcessStdoutLog", List.of(ns, -limit, 0))
                .handle((r, e) -> {
                    if (e == null) {
                        return String.valueOf(r);
                    }
                    RpcFault f = Actions.fault(e).orElseThrow(() -> new CompletionException(e));
                    return f.fault() == Fault.NO_FILE ? UiMessages.tailNoFile(ns) : UiMessages.tailFault(f);
                });
        reply(exchange, text, (ex, t) -> Replies.html(ex, TailPage.render(ns, t, limit, csrf.token())));
    }

    private void consoleAction(HttpServerExchange exchange, Form form) {
        var h = exchange.getRequestHeaders();
        Optional<String> token = Optional.ofNullable(h.getFirst(CsrfGuard.HEADER)).or(() -> form.get(CsrfGuard.FIELD));
        boolean wantsJson = Optional.ofNullable(h.getFirst(Headers.ACCEPT)).filter(a -> a.contains("application/json")).isPresent();
        if (!csrf.allows(h.getFirst("Sec-Fetch-Site"), h.getFirst(Headers.ORIGIN), h.getFirst(Headers.HOST), token)) {
            if (wantsJson) {
                Replies.json(exchange, 403, answer(Outcome.failed("Forbidden: missing or wrong CSRF token")));
            } else {
                ErrorPage.send(exchange, 403);
            }
            return;
        }
        CompletionStage<Outcome> stage = form.get("action")
                .map(a -> actions.console(a, form.get("name")))
                .orElseGet(() -> CompletableFuture.failedFuture(new Actions.UnknownAction("")));
        reply(exchange, stage, (ex, o) -> {
            if (wantsJson) {
                Replies.json(ex, 200, answer(o));
            } else {
                Replies.seeOther(ex, "../?message=" + PyQuote.quote(o.message()));
            }
        });
    }

    private static Map<String, Object> answer(Outcome o) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("ok", o.ok());
        m.put("message", o.message());
        return m;
    }

    /** The console's JSON: {@code {"version": ..., "processes": [ProcessRow...]}}. */
    private CompletionStage<Map<String, Object>> status() {
        CompletionStage<Object> infos = rpc.call("supervisor.getAllProcessInfo", List.of());
        return rpc.call("supervisor.getSupervisorVersion", List.of()).thenCombine(infos, (v, list) -> Map.of(
                "version", String.valueOf(v),
                "processes", ((List<?>) list).stream().map(i -> ProcessRow.of((Map<?, ?>) i).toJson()).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<ProcessRow> rows(Map<String, Object> status) {
        return ((List<Map<String, Object>>) status.get("processes")).stream()
                .map(m -> new ProcessRow((String) m.get("group"), (String) m.get("name"), (String) m.get("namespec"),
                        (String) m.get("statename"), (String) m.get("description"), (List<String>) m.get("actions")))
                .toList();
    }

    /** Supervisor's rule: at least 1024 bytes; anything but digits means 1024. */
    static int tailLimit(String text) {
        if (!text.matches("[0-9]+")) {
            return 1024;
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        return digits.length() > 9 ? Integer.MAX_VALUE : Math.max(1024, Integer.parseInt(digits));
    }

    private static boolean looksFailed(String message) {
        return message.startsWith("ERROR") || message.startsWith("unexpected") || message.startsWith("No such");
    }

    /** Reads an urlencoded POST body (nothing for other methods), then continues. */
    private static void withForm(HttpServerExchange exchange, Consumer<String> next) {
        if (!exchange.getRequestMethod().equals(Methods.POST)) {
            next.accept(null);
            return;
        }
        exchange.setMaxEntitySize(MAX_FORM_BYTES);
        exchange.getRequestReceiver().receiveFullString((ex, body) -> next.accept(body),
                (ex, e) -> ErrorPage.send(ex, 400), StandardCharsets.ISO_8859_1);
    }

    /** Completes the exchange on its IO thread once the stage is done; a bug becomes a 500 page. */
    private <T> void reply(HttpServerExchange exchange, CompletionStage<T> stage, BiConsumer<HttpServerExchange, T> send) {
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> stage.whenComplete((value, failure) ->
                exchange.getIoThread().execute(() -> {
                    if (failure == null) {
                        send.accept(exchange, value);
                    } else if (unwrap(failure) instanceof Actions.UnknownAction) {
                        ErrorPage.send(exchange, 400);
                    } else {
                        errors.accept("Web interface error: " + exchange.getRequestURI() + ": " + unwrap(failure));
                        ErrorPage.send(exchange, 500);
                    }
                })));
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    @Override
    public String toString() {
        return "web-ui(legacyActions=" + options.legacyActions() + ")";
    }
}
