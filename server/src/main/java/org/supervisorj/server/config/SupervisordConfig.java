package org.supervisorj.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything supervisord read from its command line and config file(s), validated and immutable.
 *
 * @param configFile    the config file as given with -c (or as found by the search), possibly relative
 * @param here          absolute directory of the main config file
 * @param groups        sorted by (priority, name)
 * @param parseMessages messages to log once the main log is open, in Supervisor's order (warnings, then infos)
 */
public record SupervisordConfig(String configFile, Path here, SupervisorSection supervisord,
        List<UnixHttpServerConfig> unixHttpServers, List<InetHttpServerConfig> inetHttpServers,
        List<RpcInterfaceConfig> rpcInterfaces, List<ProcessGroupConfig> groups,
        List<DeferredLogMessage> parseMessages) {

    public SupervisordConfig {
        unixHttpServers = List.copyOf(unixHttpServers);
        inetHttpServers = List.copyOf(inetHttpServers);
        rpcInterfaces = List.copyOf(rpcInterfaces);
        groups = List.copyOf(groups);
        parseMessages = List.copyOf(parseMessages);
    }

    /** Like Supervisor's diff_to_active with this config running and {@code newer} just read. */
    public ConfigDiff diff(SupervisordConfig newer) {
        return ConfigDiffer.diff(this, newer);
    }

    public Optional<ProcessGroupConfig> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /**
     * The URL children get as SUPERVISOR_SERVER_URL when a program's serverurl is AUTO: the first unix
     * server, else the first inet server ("localhost" for an empty host), else empty.
     */
    public Optional<String> defaultServerUrl() {
        if (!unixHttpServers.isEmpty()) {
            return Optional.of("unix://" + unixHttpServers.getFirst().file());
        }
        if (!inetHttpServers.isEmpty()) {
            InetHttpServerConfig c = inetHttpServers.getFirst();
            return Optional.of("http://" + (c.host().isEmpty() ? "localhost" : c.host()) + ":" + c.port());
        }
        return Optional.empty();
    }
}
