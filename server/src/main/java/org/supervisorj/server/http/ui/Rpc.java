package org.supervisorj.server.http.ui;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The one way the web UI acts or reads state: the XML-RPC whitelist, called in process. The UI
 * thereby behaves exactly as the API does (same checks, same faults).
 */
@FunctionalInterface
public interface Rpc {
    CompletionStage<Object> call(String method, List<Object> params);
}
