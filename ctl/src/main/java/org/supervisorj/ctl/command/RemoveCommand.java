package org.supervisorj.ctl.command;

import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.server.rpc.xml.Fault;

final class RemoveCommand implements Command {
    @Override
    public String name() {
        return "remove";
    }

    @Override
    public Completion completion() {
        return Completion.GROUPS;
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        for (String name : Args.split(arg)) {
            try {
                ctl.call("removeProcessGroup", name);
                ctl.output(name + ": removed process group");
            } catch (FaultException e) {
                ctl.exitStatus(ExitStatus.GENERIC);
                if (e.code() == Fault.STILL_RUNNING.code()) {
                    ctl.output("ERROR: process/group still running: " + name);
                } else if (e.code() == Fault.BAD_NAME.code()) {
                    ctl.output("ERROR: no such process/group: " + name);
                } else {
                    throw e;
                }
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("remove <name> [...]\tRemoves process/group from active config");
    }
}
