package org.supervisorj.ctl.command;

import java.util.List;
import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class StartCommand implements Command {
    @Override
    public String name() {
        return "start";
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
            ctl.output("Error: start requires a process name");
            ctl.exitStatus(ExitStatus.INVALID_ARGS);
            help(ctl);
            return false;
        }
        if (names.contains("all")) {
            report(ctl, Values.structs(ctl.call("startAllProcesses")));
            return false;
        }
        for (String name : names) {
            String[] gp = Names.split(name);
            if (gp[1] == null) {
                try {
                    report(ctl, Values.structs(ctl.call("startProcessGroup", gp[0])));
                } catch (FaultException e) {
                    if (e.code() != Fault.BAD_NAME.code()) {
                        ctl.exitStatus(ExitStatus.GENERIC);
                        throw e;
                    }
                    ctl.output(gp[0] + ": ERROR (no such group)");
                    ctl.exitStatus(ExitStatus.INVALID_ARGS);
                }
            } else {
                try {
                    ctl.call("startProcess", name);
                    ctl.output(Names.namespec(gp[0], gp[1]) + ": started");
                } catch (FaultException e) {
                    ctl.output(Results.start(Results.fromFault(e.code(), e.faultString(), gp[0], gp[1])));
                    ctl.exitStatusFromFault(e.code(), Fault.ALREADY_STARTED.code());
                }
            }
        }
        return false;
    }

    private static void report(Controller ctl, List<Map<String, Object>> results) {
        for (Map<String, Object> r : results) {
            ctl.output(Results.start(r));
            ctl.exitStatusFromFault(Values.integer(r, "status"), Fault.ALREADY_STARTED.code());
        }
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("start <name>\t\tStart a process");
        ctl.output("start <gname>:*\t\tStart all processes in a group");
        ctl.output("start <name> <name>\tStart multiple processes or groups");
        ctl.output("start all\t\tStart all processes");
    }
}
