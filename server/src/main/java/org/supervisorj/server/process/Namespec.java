package org.supervisorj.server.process;

import java.util.Optional;

/**
 * A process name as clients write it: {@code name}, {@code group:name} or {@code group:*}
 * (an absent process means the whole group).
 */
public record Namespec(String group, Optional<String> process) {

    public static Namespec parse(String namespec) {
        int colon = namespec.indexOf(':');
        if (colon < 0) {
            return new Namespec(namespec, Optional.of(namespec));
        }
        String process = namespec.substring(colon + 1);
        return new Namespec(namespec.substring(0, colon),
                process.isEmpty() || process.equals("*") ? Optional.empty() : Optional.of(process));
    }

    /** How Supervisor names a process to clients: plain when the group has the process's name. */
    public static String of(String group, String process) {
        return group.equals(process) ? process : group + ":" + process;
    }
}
