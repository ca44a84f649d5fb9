package org.supervisorj.server.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.events.EventType;
import org.supervisorj.server.events.ProcessGroupEvent;

/**
 * Every process group supervisord runs, keyed by name. Engine-thread confined like the processes.
 */
public final class ProcessTable {
    private final EventBus events;
    private final Map<String, ProcessGroup> groups = new LinkedHashMap<>();
    // Orders worked out once after the groups change, not on every listing (getAllProcessInfo, stops).
    private boolean reorder;
    private List<ProcessGroup> byPriority = List.of();
    private List<ManagedProcess> lexical = List.of();
    private List<ManagedProcess> inStartOrder = List.of();

    public ProcessTable(EventBus events) {
        this.events = events;
    }

    /** Adds a group and announces it (PROCESS_GROUP_ADDED). Returns false if the name is taken. */
    public boolean add(ProcessGroup group) {
        if (groups.containsKey(group.name())) {
            return false;
        }
        groups.put(group.name(), group);
        reorder = true;
        events.publish(new ProcessGroupEvent(EventType.PROCESS_GROUP_ADDED, group.name()));
        return true;
    }

    /** Removes a group whose processes are all stopped. */
    public boolean remove(String name) {
        ProcessGroup group = groups.get(name);
        if (group == null || !group.unstopped().isEmpty()) {
            return false;
        }
        groups.remove(name);
        reorder = true;
        events.publish(new ProcessGroupEvent(EventType.PROCESS_GROUP_REMOVED, name));
        return true;
    }

    public Optional<ProcessGroup> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    private void reorderIfChanged() {
        if (!reorder) {
            return;
        }
        reorder = false;
        byPriority = groups.values().stream()
                .sorted(Comparator.comparingInt((ProcessGroup g) -> g.config().priority()).thenComparing(ProcessGroup::name))
                .toList();
        List<ManagedProcess> all = new ArrayList<>();
        groups.values().stream().sorted(Comparator.comparing(ProcessGroup::name)).forEach(g -> all.addAll(g.byName()));
        lexical = List.copyOf(all);
        all.clear();
        byPriority.forEach(g -> all.addAll(g.byPriority()));
        inStartOrder = List.copyOf(all);
    }

    /** Groups by ascending priority, ties by name in code-point order: start order. Immutable. */
    public List<ProcessGroup> byPriority() {
        reorderIfChanged();
        return byPriority;
    }

    /** Every process, groups by name and processes by name: the order of status listings. Immutable. */
    public List<ManagedProcess> lexical() {
        reorderIfChanged();
        return lexical;
    }

    /** Every process in start order: groups by priority, then processes by priority. Immutable. */
    public List<ManagedProcess> inStartOrder() {
        reorderIfChanged();
        return inStartOrder;
    }

    public List<String> groupNames() {
        return List.copyOf(groups.keySet());
    }

    /** The process that has {@code pid} now, for reaping. */
    public Optional<ManagedProcess> byPid(int pid) {
        if (pid <= 0) {
            return Optional.empty();
        }
        for (ProcessGroup g : groups.values()) {
            for (ManagedProcess p : g.processes()) {
                if (p.pid() == pid) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    public void transitionAll() {
        byPriority().forEach(ProcessGroup::transition);
    }

    public List<ManagedProcess> unstopped() {
        return groups.values().stream().flatMap(g -> g.unstopped().stream()).toList();
    }

    public boolean anyUnstopped() {
        for (ProcessGroup g : groups.values()) {
            if (g.anyUnstopped()) {
                return true;
            }
        }
        return false;
    }
}
