package org.supervisorj.ctl.command;

import java.util.List;
import java.util.TreeMap;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class RereadCommand implements Command {
    @Override
    public String name() {
        return "reread";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!arg.isEmpty()) {
            ctl.output("Error: reread accepts no arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        Object result;
        try {
            result = ctl.call("reloadConfig");
        } catch (FaultException e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            if (e.code() == Fault.SHUTDOWN_STATE.code()) {
                ctl.output("ERROR: supervisor shutting down");
            } else if (e.code() == Fault.CANT_REREAD.code()) {
                ctl.output("ERROR: " + e.faultString());
            } else {
                throw e;
            }
            return false;
        }
        List<Object> changes = Values.list(Values.list(result).get(0));
        TreeMap<String, String> byName = new TreeMap<>();
        // Later kinds win for a name in two lists, as Python's dict.update does.
        String[] kinds = {"available", "changed", "disappeared"};
        for (int i = 0; i < 3; i++) {
            for (Object name : Values.list(changes.get(i))) {
                byName.put(Values.str(name), kinds[i]);
            }
        }
        if (byName.isEmpty()) {
            ctl.output("No config updates to processes");
        } else {
            byName.forEach((name, kind) -> ctl.output(name + ": " + kind));
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("reread \t\t\tReload the daemon's configuration files without add/remove");
    }
}
