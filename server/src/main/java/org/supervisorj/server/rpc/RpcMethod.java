package org.supervisorj.server.rpc;

import java.util.List;

/**
 * One entry of the whitelist: the dotted name clients call, its XML-RPC signature
 * (return type first) and how many parameters it takes.
 */
record RpcMethod(String name, List<String> signature, int minParams, String help, RpcHandler handler) {

    int maxParams() {
        return signature.size() - 1;
    }
}
