package org.supervisorj.ctl.command;

import java.util.List;
import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class StopCommand implements Command {
    @Override
    public String name() {
        return "stop";
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
            ctl.output("Error: stop requires a process name");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (names.contains("all")) {
            report(ctl, Values.structs(ctl.call("stopAllProcesses")));
            return false;
        }
        for (String name : names) {
            String[] gp = Names.split(name);
            if (gp[1] == null) {
                try {
                    report(ctl, Values.structs(ctl.call("stopProcessGroup", gp[0])));
                } catch (FaultException e) {
                    ctl.exitStatus(ExitStatus.GENERIC);
                    if (e.code() != Fault.BAD_NAME.code()) {
                        throw e;
                    }
                    ctl.output(gp[0] + ": ERROR (no such group)");
                }
            } else {
                try {
                    ctl.call("stopProcess", name);
                    ctl.output(Names.namespec(gp[0], gp[1]) + ": stopped");
                } catch (FaultException e) {
                    ctl.output(Results.signal(Results.fromFault(e.code(), e.faultString(), gp[0], gp[1]), "stopped"));
                    ctl.exitStatusFromFault(e.code(), Fault.NOT_RUNNING.code());
                }
            }
        }
        return false;
    }

    private static void report(Controller ctl, List<Map<String, Object>> results) {
        for (Map<String, Object> r : results) {
            ctl.output(Results.signal(r, "stopped"));
            ctl.exitStatusFromFault(Values.integer(r, "status"), Fault.NOT_RUNNING.code());
        }
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("stop <name>\t\tStop a process");
        ctl.output("stop <gname>:*\t\tStop all processes in a group");
        ctl.output("stop <name> <name>\tStop multiple processes or groups");
        ctl.output("stop all\t\tStop all processes");
    }
}
