package org.supervisorj.ctl.command;

import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.client.SocketError;
import org.supervisorj.server.rpc.xml.Fault;

final class ShutdownCommand implements Command {
    @Override
    public String name() {
        return "shutdown";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!arg.isEmpty()) {
            ctl.output("Error: shutdown accepts no arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (ctl.interactive() && !Confirm.yes(ctl, "Really shut the remote supervisord process down y/N? ")) {
            return false;
        }
        try {
            ctl.call("shutdown");
            ctl.output("Shut down");
        } catch (FaultException e) {
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                ctl.exitStatus(ExitStatus.GENERIC);
                throw e;
            }
            ctl.output("ERROR: already shutting down");
        } catch (SocketError e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            switch (e.errno()) {
                case ECONNREFUSED -> ctl.output("ERROR: " + ctl.serverUrl() + " refused connection (already shut down?)");
                case ENOENT -> ctl.output("ERROR: " + ctl.serverUrl() + " no such file (already shut down?)");
                default -> throw e;
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("shutdown \tShut the remote supervisord down.");
    }
}
