package org.supervisorj.server.rpc.xml;

/** A decoded {@code methodResponse}: one value, or a fault. */
public sealed interface XmlRpcResponse permits ValueResponse, FaultResponse {
}
