package org.supervisorj.server.http.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One process as the status page shows it, made from a {@code getAllProcessInfo} struct. The
 * buttons a state offers are decided here only; the page and the console's JSON both use them.
 */
record ProcessRow(String group, String name, String namespec, String statename, String description, List<String> actions) {

    static ProcessRow of(Map<?, ?> info) {
        String group = String.valueOf(info.get("group"));
        String name = String.valueOf(info.get("name"));
        String statename = String.valueOf(info.get("statename"));
        return new ProcessRow(group, name, group.equals(name) ? name : group + ":" + name, statename,
                String.valueOf(info.get("description")), actionsFor(statename));
    }

    static List<String> actionsFor(String statename) {
        return switch (statename) {
            case "RUNNING" -> List.of("restart", "stop", "clearlog");
            case "STOPPED", "EXITED", "FATAL" -> List.of("start", "clearlog");
            // Deviation from 4.2.5: Supervisor offers no button while starting or backing off, but
            // stopProcess accepts both states, and a stop is what one wants from a flapping program.
            case "STARTING", "BACKOFF" -> List.of("stop", "clearlog");
            default -> List.of("clearlog");
        };
    }

    /** The CSS class for the state: Supervisor's three colours (running, error, other). */
    String stateClass() {
        return switch (statename) {
            case "RUNNING" -> "state-running";
            case "FATAL", "BACKOFF" -> "state-error";
            default -> "state-nominal";
        };
    }

    /** A group with its own header row: more than one process, or a name unlike its process's. */
    static boolean isRealGroup(String group, List<ProcessRow> members) {
        return members.size() > 1 || members.stream().anyMatch(r -> !r.name().equals(group));
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group", group);
        m.put("name", name);
        m.put("namespec", namespec);
        m.put("statename", statename);
        m.put("stateClass", stateClass());
        m.put("description", description);
        m.put("actions", actions);
        return m;
    }

    static String label(String action) {
        return switch (action) {
            case "start" -> "Start";
            case "stop" -> "Stop";
            case "restart" -> "Restart";
            case "clearlog" -> "Clear Log";
            default -> action;
        };
    }
}
