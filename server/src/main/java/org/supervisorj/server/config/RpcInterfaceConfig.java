package org.supervisorj.server.config;

import java.util.Map;

/**
 * One {@code [rpcinterface:x]} section.
 *
 * @param factory the factory spec as written, e.g. {@code supervisor.rpcinterface:make_main_rpcinterface}
 * @param params  every other key of the section (DEFAULT's included), expanded
 */
public record RpcInterfaceConfig(String name, String factory, Map<String, String> params) {
    /** The spec of Supervisor's own API, the only factory this port knows. */
    public static final String MAIN_FACTORY = "supervisor.rpcinterface:make_main_rpcinterface";

    public RpcInterfaceConfig {
        params = Maps.frozen(params);
    }
}
