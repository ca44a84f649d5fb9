package org.supervisorj.server.rpc.xml;

import java.util.List;
import java.util.Objects;

/**
 * A decoded {@code methodCall}.
 *
 * @param methodName the name exactly as sent (not trimmed: Supervisor does not trim it either)
 * @param params     the decoded parameter values, empty when the call has no {@code <params>}
 */
public record XmlRpcRequest(String methodName, List<Object> params) {
    public XmlRpcRequest {
        Objects.requireNonNull(methodName, "methodName");
        params = List.copyOf(params);
    }
}
