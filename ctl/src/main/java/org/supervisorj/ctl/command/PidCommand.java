package org.supervisorj.ctl.command;

import java.util.List;
import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class PidCommand implements Command {
    @Override
    public String name() {
        return "pid";
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
            ctl.output(Values.str(ctl.call("getPID")));
        } else if (names.contains("all")) {
            for (Map<String, Object> info : Values.structs(ctl.call("getAllProcessInfo"))) {
                ctl.output(Values.str(info, "pid"));
            }
        } else {
            for (String name : names) {
                try {
                    Map<String, Object> info = Values.struct(ctl.call("getProcessInfo", name));
                    ctl.output(Values.str(info, "pid"));
                    if (Values.integer(info, "pid") == 0) {
                        ctl.exitStatus(ExitStatus.NOT_RUNNING);
                    }
                } catch (FaultException e) {
                    ctl.exitStatus(ExitStatus.GENERIC);
                    if (e.code() != Fault.BAD_NAME.code()) {
                        throw e;
                    }
                    ctl.output("No such process " + name);
                }
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("pid\t\t\tGet the PID of supervisord.");
        ctl.output("pid <name>\t\tGet the PID of a single child process by name.");
        ctl.output("pid all\t\t\tGet the PID of every child process, one per line.");
    }
}
