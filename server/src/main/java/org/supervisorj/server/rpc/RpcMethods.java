package org.supervisorj.server.rpc;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;

import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/**
 * The whitelist of callable methods. A call is looked up by its exact dotted name in this table
 * and nowhere else: no reflection, no attribute traversal (the CVE-2017-11610 class cannot occur).
 */
public final class RpcMethods {
    private final Map<String, RpcMethod> methods;

    private RpcMethods(Map<String, RpcMethod> methods) {
        this.methods = Collections.unmodifiableMap(methods);
    }

    /** The full API of Supervisor 4.2.5: {@code supervisor.*} and {@code system.*}. */
    public static RpcMethods forDaemon(Daemon daemon) {
        Builder b = new Builder(() -> daemon.runtime().mood().code() >= 1);
        new SupervisorApi(daemon).register(b);
        RpcMethods[] self = new RpcMethods[1];
        new SystemApi(() -> self[0]).register(b);
        self[0] = b.build();
        return self[0];
    }

    /**
     * Calls a method. The stage fails with an {@link RpcFault} for every error a client should see;
     * anything else is a bug.
     */
    public CompletionStage<Object> call(String name, List<Object> params) {
        RpcMethod method = methods.get(name);
        if (method == null) {
            return CompletableFuture.failedFuture(new RpcFault(Fault.UNKNOWN_METHOD));
        }
        if (params.size() < method.minParams() || params.size() > method.maxParams()) {
            return CompletableFuture.failedFuture(new RpcFault(Fault.INCORRECT_PARAMETERS));
        }
        try {
            return method.handler().call(new Params(params));
        } catch (RpcFault f) {
            return CompletableFuture.failedFuture(f);
        }
    }

    /** Method names in sorted order, as system.listMethods answers. */
    List<String> names() {
        return List.copyOf(methods.keySet());
    }

    RpcMethod get(String name) {
        return methods.get(name);
    }

    /** Assembles the table; a duplicate name is a programming error caught at start-up. */
    static final class Builder {
        private final Map<String, RpcMethod> methods = new TreeMap<>();
        private final BooleanSupplier running;

        Builder(BooleanSupplier running) {
            this.running = running;
        }

        /** A supervisor.* method that answers SHUTDOWN_STATE while supervisord is stopping. */
        void add(String name, List<String> signature, int minParams, String help, RpcHandler handler) {
            addUnguarded(name, signature, minParams, help, p -> {
                if (!running.getAsBoolean()) {
                    throw new RpcFault(Fault.SHUTDOWN_STATE);
                }
                return handler.call(p);
            });
        }

        void addUnguarded(String name, List<String> signature, int minParams, String help, RpcHandler handler) {
            if (methods.putIfAbsent(name, new RpcMethod(name, signature, minParams, help, handler)) != null) {
                throw new IllegalStateException("RPC method registered twice: " + name);
            }
        }

        RpcMethods build() {
            return new RpcMethods(methods);
        }
    }
}
