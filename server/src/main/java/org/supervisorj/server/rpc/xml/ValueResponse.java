package org.supervisorj.server.rpc.xml;

import java.util.Objects;

/** A successful {@code methodResponse} carrying its single value. */
public record ValueResponse(Object value) implements XmlRpcResponse {
    public ValueResponse {
        Objects.requireNonNull(value, "value");
    }
}
