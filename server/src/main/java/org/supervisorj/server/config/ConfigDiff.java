package org.supervisorj.server.config;

import java.util.List;

/** Group names added, changed and removed between the running config and a newly read one (reread/update). */
public record ConfigDiff(List<String> added, List<String> changed, List<String> removed) {
    public ConfigDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }
}
