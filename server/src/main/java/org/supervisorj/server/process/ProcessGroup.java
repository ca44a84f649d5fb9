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
    // The members never change, so their orders are worked out once: status listings ask for them
    // on every getAllProcessInfo.
    private final List<ManagedProcess> inConfigOrder;
    private final List<ManagedProcess> byPriority;
    private final List<ManagedProcess> byName;

    public ProcessGroup(ProcessGroupConfig config, List<ManagedProcess> members) {
        this.config = config;
        Map<String, ManagedProcess> byName = new LinkedHashMap<>();
        // Two processes of one name in a group: the later one replaces the earlier, as in 4.2.5.
        members.forEach(p -> byName.put(p.name(), p));
        this.processes = Collections.unmodifiableMap(byName);
        this.inConfigOrder = List.copyOf(processes.values());
        this.byPriority = inConfigOrder.stream().sorted(Comparator.comparingInt(p -> p.config().priority())).toList();
        this.byName = inConfigOrder.stream().sorted(Comparator.comparing(ManagedProcess::name)).toList();
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
        return inConfigOrder;
    }

    /** Members by ascending priority, ties in configuration order: the start order. */
    public List<ManagedProcess> byPriority() {
        return byPriority;
    }

    /** Members by name: the order of status listings. */
    public List<ManagedProcess> byName() {
        return byName;
    }

    public void transition() {
        inConfigOrder.forEach(ManagedProcess::transition);
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
        return inConfigOrder.stream().filter(p -> !p.state().isStopped()).toList();
    }

    /** Whether any member is not in a stopped state; called after every state change while stopping. */
    public boolean anyUnstopped() {
        for (ManagedProcess p : inConfigOrder) {
            if (!p.state().isStopped()) {
                return true;
            }
        }
        return false;
    }
}
