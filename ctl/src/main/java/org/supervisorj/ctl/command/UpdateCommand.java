package org.supervisorj.ctl.command;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class UpdateCommand implements Command {
    @Override
    public String name() {
        return "update";
    }

    @Override
    public Completion completion() {
        return Completion.GROUPS;
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        Object result;
        try {
            result = ctl.call("reloadConfig");
        } catch (FaultException e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                throw e;
            }
            ctl.output("ERROR: already shutting down");
            return false;
        }
        List<Object> changes = Values.list(Values.list(result).get(0));
        List<String> added = strings(changes.get(0));
        List<String> changed = strings(changes.get(1));
        List<String> removed = strings(changes.get(2));
        Set<String> only = new LinkedHashSet<>(Args.split(arg));
        if (only.contains("all")) {
            only.clear();
        }
        if (!only.isEmpty()) {
            Set<String> groups = new HashSet<>(added);
            for (Map<String, Object> info : Values.structs(ctl.call("getAllProcessInfo"))) {
                groups.add(Values.str(info, "group"));
            }
            // Deviation from 4.2.5: names are checked in command-line order; Python iterates a set.
            for (String g : only) {
                if (!groups.contains(g)) {
                    ctl.output("ERROR: no such group: " + g);
                    ctl.exitStatus(ExitStatus.GENERIC);
                }
            }
        }
        for (String g : removed) {
            if (!only.isEmpty() && !only.contains(g)) {
                continue;
            }
            List<Map<String, Object>> results = Values.structs(ctl.call("stopProcessGroup", g));
            ctl.output(g + ": stopped");
            boolean failed = results.stream().anyMatch(r -> Values.integer(r, "status") == Fault.FAILED.code());
            if (failed) {
                ctl.output(g + ": has problems; not removing");
                ctl.exitStatus(ExitStatus.GENERIC);
                continue;
            }
            ctl.call("removeProcessGroup", g);
            ctl.output(g + ": removed process group");
        }
        for (String g : changed) {
            if (!only.isEmpty() && !only.contains(g)) {
                continue;
            }
            ctl.call("stopProcessGroup", g);
            ctl.output(g + ": stopped");
            ctl.call("removeProcessGroup", g);
            ctl.call("addProcessGroup", g);
            ctl.output(g + ": updated process group");
        }
        for (String g : added) {
            if (!only.isEmpty() && !only.contains(g)) {
                continue;
            }
            ctl.call("addProcessGroup", g);
            ctl.output(g + ": added process group");
        }
        return false;
    }

    private static List<String> strings(Object list) {
        return Values.list(list).stream().map(Values::str).toList();
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("update\t\t\tReload config and add/remove as necessary, and will restart affected programs");
        ctl.output("update all\t\tReload config and add/remove as necessary, and will restart affected programs");
        ctl.output("update <gname> [...]\tUpdate specific groups");
    }
}
