package org.supervisorj.ctl.command;

import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.server.rpc.xml.Fault;

final class ReloadCommand implements Command {
    @Override
    public String name() {
        return "reload";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!arg.isEmpty()) {
            ctl.output("Error: reload accepts no arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (ctl.interactive() && !Confirm.yes(ctl, "Really restart the remote supervisord process y/N? ")) {
            return false;
        }
        try {
            ctl.call("restart");
            ctl.output("Restarted supervisord");
        } catch (FaultException e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                throw e;
            }
            ctl.output("ERROR: already shutting down");
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("reload \t\tRestart the remote supervisord.");
    }
}
