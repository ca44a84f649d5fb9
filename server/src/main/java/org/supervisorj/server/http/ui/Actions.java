package org.supervisorj.server.http.ui;

import java.time.InstantSource;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/**
 * The actions the UI offers, each a sequence of RPC calls whose result or fault becomes an
 * {@link Outcome}. Legacy actions follow Supervisor 4.2.5's web.py call for call and word for word;
 * the console adds group actions and start-all on top.
 *
 * <p>A call that follows another (restart = stop, then start) is made with {@code thenComposeAsync}:
 * a stop's stage completes inside the engine's state change, before the process is fully put away,
 * and a start made right there would find it still "running".
 */
final class Actions {
    private final Rpc rpc;
    private final InstantSource clock;

    Actions(Rpc rpc, InstantSource clock) {
        this.rpc = rpc;
        this.clock = clock;
    }

    /**
     * Supervisor's {@code index.html?action=...} actions. The stage fails with {@link UnknownAction}
     * for an action (or a missing process name) Supervisor does not know.
     */
    CompletionStage<Outcome> legacy(String action, Optional<String> namespec) {
        switch (action) {
            case "refresh" -> {
                return CompletableFuture.completedFuture(Outcome.ok(UiMessages.refreshed(now())));
            }
            case "stopall" -> {
                return call("supervisor.stopAllProcesses").thenApply(r -> Outcome.ok(UiMessages.allStopped(now())));
            }
            case "restartall" -> {
                // Supervisor runs both through system.multicall, so a failing stop does not prevent the start.
                return call("supervisor.stopAllProcesses").handle((r, e) -> null)
                        .thenComposeAsync(x -> call("supervisor.startAllProcesses").handle((r, e) -> null))
                        .thenApply(x -> Outcome.ok(UiMessages.allRestarted(now())));
            }
            default -> {
            }
        }
        if (namespec.isEmpty()) {
            return CompletableFuture.failedFuture(new UnknownAction(action));
        }
        String ns = namespec.get();
        // Supervisor quirk (web.py make_callback): an unknown name is reported before the action is checked.
        return call("supervisor.getProcessInfo", ns).handle((r, e) -> e)
                .thenCompose(e -> {
                    if (e != null) {
                        faultOrThrow(e);
                        if (fault(e).filter(UiMessages::isBadName).isPresent()) {
                            return CompletableFuture.completedFuture(Outcome.failed(UiMessages.noSuchProcess(ns)));
                        }
                    }
                    return process(action, ns);
                });
    }

    /** The console's actions: Supervisor's, plus startall and the group actions ({@code name} is then a group). */
    CompletionStage<Outcome> console(String action, Optional<String> name) {
        return switch (action) {
            case "startall" -> call("supervisor.startAllProcesses")
                    .thenApply(r -> bulk("all", r).orElseGet(() -> Outcome.ok(UiMessages.allStarted(now()))));
            case "startgroup", "stopgroup", "restartgroup" -> name
                    .map(g -> group(action.substring(0, action.length() - "group".length()), g))
                    .orElseGet(() -> CompletableFuture.failedFuture(new UnknownAction(action)));
            default -> legacy(action, name);
        };
    }

    /** The action is not one the UI offers: answered with 400. */
    static final class UnknownAction extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownAction(String action) {
            super("unknown action " + action, null, false, false);
        }
    }

    private CompletionStage<Outcome> process(String action, String ns) {
        return switch (action) {
            case "start" -> call("supervisor.startProcess", ns).handle((r, e) -> e == null
                    ? Outcome.ok(UiMessages.started(ns))
                    : Outcome.failed(UiMessages.startFailed(ns, faultOrThrow(e))));
            case "stop" -> call("supervisor.stopProcess", ns).handle((r, e) -> e == null
                    ? Outcome.ok(UiMessages.stopped(ns))
                    : Outcome.failed(UiMessages.unexpected(faultOrThrow(e))));
            case "restart" -> call("supervisor.stopProcess", ns).handle((r, e) -> null)
                    .thenComposeAsync(x -> call("supervisor.startProcess", ns).handle((r, e) -> null))
                    // Supervisor quirk (web.py restart): multicall results are not looked at; it always reports success.
                    .thenApply(x -> Outcome.ok(UiMessages.restarted(ns)));
            case "clearlog" -> call("supervisor.clearProcessLogs", ns).handle((r, e) -> e == null
                    ? Outcome.ok(UiMessages.logCleared(ns))
                    : Outcome.failed(UiMessages.unexpected(faultOrThrow(e))));
            default -> CompletableFuture.failedFuture(new UnknownAction(action));
        };
    }

    private CompletionStage<Outcome> group(String verb, String group) {
        Function<String, CompletionStage<Object>> run = v -> call("supervisor." + v + "ProcessGroup", group);
        CompletionStage<Object> stage = verb.equals("restart")
                ? run.apply("stop").handle((r, e) -> e).thenComposeAsync(e -> e == null
                        ? run.apply("start") : CompletableFuture.failedFuture(e))
                : run.apply(verb);
        String done = switch (verb) {
            case "start" -> "started";
            case "stop" -> "stopped";
            default -> "restarted";
        };
        return stage.handle((r, e) -> {
            if (e != null) {
                RpcFault f = faultOrThrow(e);
                return Outcome.failed(UiMessages.isBadName(f) ? UiMessages.noSuchGroup(group) : UiMessages.unexpected(f));
            }
            return bulk(group, r).orElseGet(() -> Outcome.ok(UiMessages.groupDone(group, done)));
        });
    }

    /** A failure outcome when any status struct of a bulk call is not SUCCESS. */
    private static Optional<Outcome> bulk(String group, Object result) {
        if (!(result instanceof List<?> list)) {
            return Optional.empty();
        }
        int failed = 0;
        String first = null;
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.get("status") instanceof Integer status && status != Fault.SUCCESS.code()) {
                failed++;
                if (first == null) {
                    first = m.get("group") + ":" + m.get("name") + " " + Fault.describe(status)
                            + (m.get("description") instanceof String d && !d.isEmpty() ? " " + d : "");
                }
            }
        }
        return failed == 0 ? Optional.empty() : Optional.of(Outcome.failed(UiMessages.groupFailed(group, failed, list.size(), first)));
    }

    private CompletionStage<Object> call(String method, Object... params) {
        return rpc.call(method, List.of(params));
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(ZoneId.systemDefault());
    }

    static Optional<RpcFault> fault(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RpcFault f ? Optional.of(f) : Optional.empty();
    }

    /** Faults are answers; anything else is a bug and fails the page with 500. */
    private static RpcFault faultOrThrow(Throwable t) {
        return fault(t).orElseThrow(() -> t instanceof CompletionException c ? c : new CompletionException(t));
    }
}
