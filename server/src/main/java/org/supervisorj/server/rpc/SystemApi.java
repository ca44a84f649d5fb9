package org.supervisorj.server.rpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/** The {@code system.*} namespace: introspection and multicall. */
final class SystemApi {
    private final Supplier<RpcMethods> table;

    SystemApi(Supplier<RpcMethods> table) {
        this.table = table;
    }

    void register(RpcMethods.Builder b) {
        b.addUnguarded("system.listMethods", List.of("array"), 0, "Names of every method this server answers.",
                p -> CompletableFuture.completedFuture(List.copyOf(table.get().names())));
        b.addUnguarded("system.methodHelp", List.of("string", "string"), 1, "What a method does.",
                p -> CompletableFuture.completedFuture(method(p).help()));
        b.addUnguarded("system.methodSignature", List.of("array", "string"), 1,
                "A method's types: the return type, then each parameter's.",
                p -> CompletableFuture.completedFuture(List.copyOf(method(p).signature())));
        b.addUnguarded("system.multicall", List.of("array", "array"), 1,
                "Runs several calls in order; each result is the value or a fault struct.", this::multicall);
    }

    private RpcMethod method(Params p) throws RpcFault {
        RpcMethod m = p.get(0) instanceof String name ? table.get().get(name) : null;
        if (m == null) {
            throw new RpcFault(Fault.SIGNATURE_UNSUPPORTED);
        }
        return m;
    }

    private CompletionStage<Object> multicall(Params p) throws RpcFault {
        if (!(p.get(0) instanceof List<?> calls)) {
            throw new RpcFault(Fault.INCORRECT_PARAMETERS);
        }
        List<Object> results = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Object call : calls) {
            // One call at a time, in order, as Supervisor runs them.
            chain = chain.thenCompose(v -> one(call).handle((value, t) -> {
                RpcFault fault = AsyncFault.unwrap(t);
                if (t != null && fault == null) {
                    fault = new RpcFault(Fault.FAILED, t.toString());
                }
                // Supervisor quirk (checked against 4.2.5): kept, a result is the bare value, not the
                // one-element array the multicall convention asks for; clients of Supervisor expect this.
                results.add(fault == null ? value : SupervisorApi.struct("faultCode", fault.fault().code(),
                        "faultString", fault.faultString()));
                return null;
            }));
        }
        return chain.thenApply(v -> results);
    }

    private CompletionStage<Object> one(Object call) {
        if (!(call instanceof Map<?, ?> m) || !(m.get("methodName") instanceof String name)) {
            return CompletableFuture.failedFuture(new RpcFault(Fault.INCORRECT_PARAMETERS, "No methodName"));
        }
        if (name.equals("system.multicall")) {
            return CompletableFuture.failedFuture(
                    new RpcFault(Fault.INCORRECT_PARAMETERS, "Recursive system.multicall forbidden"));
        }
        Object params = m.containsKey("params") ? m.get("params") : List.of();
        if (!(params instanceof List<?> list)) {
            return CompletableFuture.failedFuture(new RpcFault(Fault.INCORRECT_PARAMETERS));
        }
        return table.get().call(name, new ArrayList<>(list));
    }
}
