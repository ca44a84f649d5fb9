package org.supervisorj.server.config;

import java.util.List;
import java.util.Optional;

/**
 * A process group: a homogeneous [program:x], a heterogeneous [group:x], an event listener pool or a
 * FastCGI program. Processes are in start order: sorted by (priority, name) for one program, in
 * {@code programs=} order for a [group:x].
 *
 * <p>Like Supervisor's config, the list may hold two processes with the same name (a [group:x] naming two
 * programs with equal process names); Supervisor's running group keeps only the later one.
 */
public record ProcessGroupConfig(String name, GroupKind kind, int priority, List<ProcessConfig> processes,
        Optional<EventListenerConfig> listener, Optional<FcgiSocketConfig> fcgiSocket) {

    public ProcessGroupConfig {
        processes = List.copyOf(processes);
    }
}
