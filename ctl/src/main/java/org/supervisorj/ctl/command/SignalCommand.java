package org.supervisorj.ctl.command;

import java.util.List;
import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class SignalCommand implements Command {
    @Override
    public String name() {
        return "signal";
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
        List<String> args = Args.split(arg);
        if (args.size() < 2) {
            ctl.output("Error: signal requires a signal name and a process name");
            help(ctl);
            ctl.exitStatus(ExitStatus.GENERIC);
            return false;
        }
        String sig = args.get(0);
        List<String> names = args.subList(1, args.size());
        if (names.contains("all")) {
            report(ctl, Values.structs(ctl.call("signalAllProcesses", sig)));
            return false;
        }
        for (String name : names) {
            String[] gp = Names.split(name);
            if (gp[1] == null) {
                try {
                    report(ctl, Values.structs(ctl.call("signalProcessGroup", gp[0], sig)));
                } catch (FaultException e) {
                    if (e.code() != Fault.BAD_NAME.code()) {
                        throw e;
                    }
                    ctl.output(gp[0] + ": ERROR (no such group)");
                    ctl.exitStatus(ExitStatus.GENERIC);
                }
            } else {
                try {
                    ctl.call("signalProcess", name, sig);
                    ctl.output(Names.namespec(gp[0], gp[1]) + ": signalled");
                } catch (FaultException e) {
                    ctl.output(Results.signal(Results.fromFault(e.code(), e.faultString(), gp[0], gp[1]), "signalled"));
                    ctl.exitStatusFromFault(e.code(), null);
                }
            }
        }
        return false;
    }

    private static void report(Controller ctl, List<Map<String, Object>> results) {
        for (Map<String, Object> r : results) {
            ctl.output(Results.signal(r, "signalled"));
            ctl.exitStatusFromFault(Values.integer(r, "status"), null);
        }
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("signal <signal name> <name>\t\tSignal a process");
        ctl.output("signal <signal name> <gname>:*\t\tSignal all processes in a group");
        ctl.output("signal <signal name> <name> <name>\tSignal multiple processes or groups");
        ctl.output("signal <signal name> all\t\tSignal all processes");
    }
}
