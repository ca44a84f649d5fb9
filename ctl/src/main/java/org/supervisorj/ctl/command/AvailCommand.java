package org.supervisorj.ctl.command;

import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Names;
import org.supervisorj.ctl.output.Text;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class AvailCommand implements Command {
    @Override
    public String name() {
        return "avail";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!arg.isEmpty()) {
            ctl.output("Error: avail accepts no arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        try {
            for (Map<String, Object> info : Values.structs(ctl.call("getAllConfigInfo"))) {
                ctl.output(line(info));
            }
        } catch (FaultException e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            if (e.code() != Fault.SHUTDOWN_STATE.code()) {
                throw e;
            }
            ctl.output("ERROR: supervisor shutting down");
        }
        return false;
    }

    /** {@code name(32) inuse(9) autostart(9) group_prio:process_prio}, single spaces between. */
    static String line(Map<String, Object> info) {
        String name = Names.namespec(Values.str(info, "group"), Values.str(info, "name"));
        String inuse = Values.truthy(info.get("inuse")) ? "in use" : "avail";
        String auto = Values.truthy(info.get("autostart")) ? "auto" : "manual";
        return Text.ljust(name, 32) + " " + Text.ljust(inuse, 9) + " " + Text.ljust(auto, 9) + " "
                + Values.str(info, "group_prio") + ":" + Values.str(info, "process_prio");
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("avail\t\t\tDisplay all configured processes");
    }
}
