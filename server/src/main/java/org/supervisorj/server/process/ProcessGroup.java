package org.supervisorj.server.process;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supervisorj.server.config.ProcessGroupConfig;

/** The processes of one {@code [program:x]}, {@code [group:x]}, {@code [eventlistener:x]} or fcgi section. */
public final class ProcessGroup {
    private final ProcessGroupConfig config;
    private final Map<String, ManagedProcess> processes;

    public ProcessGroup(ProcessGroupConfig config, List<ManagedProcess> members) {
        this.config = config;
        Map<String, ManagedProcess> byName = new LinkedHashMap<>();
        // Two processes of one name in a group: the later one replaces the earlier, as in 4.2.5.
        members.forEach(p -> byName.put(p.name(), p));
        this.processes = Collections.unmodifiableMap(byName);
    }

    public ProcessGroupConfig config() {
        return config;
    }

    public String name() {
        return config.name();
    }

    public Optional<ManagedProcess> process(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    /** Members in configuration order. */
    public List<ManagedProcess> processes() {
        return List.copyOf(processes.values());
    }

    /** Members by ascending priority, ties in configuration order: the start order. */
    public List<ManagedProcess> byPriority() {
        return processes.values().stream()
                .sorted(Comparator.comparingInt(p -> p.config().priority()))
                .toList();
    }

    /** Members by name: the order of status listings. */
    public List<ManagedProcess> byName() {
        return processes.values().stream().sorted(Comparator.comparing(ManagedProcess::name)).toList();
    }

    public void transition() {
        processes.values().forEach(ManagedProcess::transition);
    }

    /** Signals running members in descending priority; members in BACKOFF give up. */
    public void stopAll() {
        for (ManagedProcess p : byPriority().reversed()) {
            switch (p.state()) {
                case RUNNING, STARTING -> p.stop();
                case BACKOFF -> p.giveUp();
                default -> {
                }
            }
        }
    }

    public List<ManagedProcess> unstopped() {
        return processes.values().stream().filter(p -> !p.state().isStopped()).toList();
    }
}
