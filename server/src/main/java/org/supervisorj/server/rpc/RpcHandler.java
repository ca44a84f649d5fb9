package org.supervisorj.server.rpc;

import java.util.concurrent.CompletionStage;

import org.supervisorj.server.rpc.xml.RpcFault;

/** The body of one XML-RPC method. May complete later (the {@code wait} forms). */
@FunctionalInterface
interface RpcHandler {
    CompletionStage<Object> call(Params params) throws RpcFault;
}
