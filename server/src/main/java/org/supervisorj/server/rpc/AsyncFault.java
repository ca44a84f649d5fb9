package org.supervisorj.server.rpc;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.supervisorj.server.rpc.xml.RpcFault;

/** Carries an {@link RpcFault} through a {@code CompletableFuture} stage, which only takes unchecked exceptions. */
final class AsyncFault extends RuntimeException {
    private final RpcFault fault;

    AsyncFault(RpcFault fault) {
        super(fault.getMessage(), fault, false, false);
        this.fault = fault;
    }

    /** The fault behind a stage's failure, or null when {@code t} is null or not a fault. */
    static RpcFault unwrap(Throwable t) {
        while (t instanceof CompletionException || t instanceof ExecutionException || t instanceof AsyncFault) {
            if (t instanceof AsyncFault a) {
                return a.fault;
            }
            t = t.getCause();
        }
        return t instanceof RpcFault f ? f : null;
    }
}
