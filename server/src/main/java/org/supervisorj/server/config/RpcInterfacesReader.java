package org.supervisorj.server.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** [rpcinterface:x] sections (Supervisor's get_plugins): the factory key is required and must resolve. */
final class RpcInterfacesReader {
    static final String FACTORY_KEY = "supervisor.rpcinterface_factory";

    private RpcInterfacesReader() {
    }

    static List<RpcInterfaceConfig> read(Getter getter) throws ConfigException {
        List<RpcInterfaceConfig> out = new ArrayList<>();
        for (String section : getter.doc().sections()) {
            if (!section.startsWith("rpcinterface:")) {
                continue;
            }
            String name = ProcessGroupsReader.suffix(section);
            String factory = getter.get(section, FACTORY_KEY, null, Map.of());
            if (factory == null) {
                throw new ConfigException("section [" + section + "] does not specify a " + FACTORY_KEY);
            }
            if (!ImportSpecs.resolves(factory, RpcInterfaceConfig.MAIN_FACTORY)) {
                throw new ConfigException(factory + " cannot be resolved within [" + section + "]");
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (String key : getter.doc().options(section)) {
                if (!key.equals(FACTORY_KEY)) {
                    params.put(key, getter.get(section, key, null, Map.of()));
                }
            }
            out.add(new RpcInterfaceConfig(name, factory, params));
        }
        return out;
    }
}
