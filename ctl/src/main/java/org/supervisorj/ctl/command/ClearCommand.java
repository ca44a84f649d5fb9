package org.supervisorj.ctl.command;

import java.util.List;
import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.Values;

final class ClearCommand implements Command {
    @Override
    public String name() {
        return "clear";
    }

    @Override
    public Completion completion() {
        return Completion.PROCESSES;
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!ctl.upcheck()) {
            return false;
        }
        List<String> names = Args.split(arg);
        if (names.isEmpty()) {
            ctl.output("Error: clear requires a process name");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (names.contains("all")) {
            for (Map<String, Object> r : Values.structs(ctl.call("clearAllProcessLogs"))) {
                ctl.output(Results.clear(r));
                ctl.exitStatusFromFault(Values.integer(r, "status"), null);
            }
            return false;
        }
        for (String name : names) {
            String[] gp = Names.split(name);
            try {
                ctl.call("clearProcessLogs", name);
                ctl.output(Names.namespec(gp[0], gp[1] == null ? "None" : gp[1]) + ": cleared");
            } catch (FaultException e) {
                ctl.output(Results.clear(Results.fromFault(e.code(), e.faultString(), gp[0], gp[1])));
                ctl.exitStatusFromFault(e.code(), null);
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("clear <name>\t\tClear a process' log files.");
        ctl.output("clear <name> <name>\tClear multiple process' log files");
        ctl.output("clear all\t\tClear all process' log files");
    }
}
