package org.supervisorj.ctl.command;

import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.server.rpc.xml.Fault;

final class AddCommand implements Command {
    @Override
    public String name() {
        return "add";
    }

    @Override
    public Completion completion() {
        return Completion.GROUPS;
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        for (String name : Args.split(arg)) {
            try {
                ctl.call("addProcessGroup", name);
                ctl.output(name + ": added process group");
            } catch (FaultException e) {
                if (e.code() == Fault.SHUTDOWN_STATE.code()) {
                    ctl.output("ERROR: shutting down");
                    ctl.exitStatus(ExitStatus.GENERIC);
                } else if (e.code() == Fault.ALREADY_ADDED.code()) {
                    ctl.output("ERROR: process group already active");
                } else if (e.code() == Fault.BAD_NAME.code()) {
                    ctl.output("ERROR: no such process/group: " + name);
                    ctl.exitStatus(ExitStatus.GENERIC);
                } else {
                    ctl.exitStatus(ExitStatus.GENERIC);
                    throw e;
                }
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("add <name> [...]\tActivates any updates in config for process/group");
    }
}
