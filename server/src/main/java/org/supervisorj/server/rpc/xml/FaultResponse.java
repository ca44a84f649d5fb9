package org.supervisorj.server.rpc.xml;

import java.util.Objects;

/** A fault {@code methodResponse}: {@code faultCode} and {@code faultString}. */
public record FaultResponse(int code, String string) implements XmlRpcResponse {
    public FaultResponse {
        Objects.requireNonNull(string, "string");
    }
}
