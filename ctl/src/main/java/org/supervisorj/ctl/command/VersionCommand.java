package org.supervisorj.ctl.command;

import org.supervisorj.ctl.output.Values;

final class VersionCommand implements Command {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!arg.isEmpty()) {
            ctl.output("Error: version accepts no arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (!ctl.upcheck()) {
            return false;
        }
        ctl.output(Values.str(ctl.call("getSupervisorVersion")));
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("version\t\t\tShow the version of the remote supervisord process");
    }
}
