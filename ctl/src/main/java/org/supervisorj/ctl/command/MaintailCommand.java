package org.supervisorj.ctl.command;

import java.util.List;
import java.util.OptionalLong;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class MaintailCommand implements Command {
    @Override
    public String name() {
        return "maintail";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        if (!ctl.upcheck()) {
            return false;
        }
        List<String> args = Args.split(arg);
        long bytes = 1600;
        if (args.size() > 1) {
            ctl.output("Error: too many arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        } else if (args.size() == 1) {
            String a = args.getFirst();
            if (!a.startsWith("-")) {
                ctl.output("Error: bad argument " + a);
                ctl.exitStatus(ExitStatus.GENERIC);
                return false;
            }
            String what = a.substring(1);
            if (what.equals("f")) {
                TailFollow.follow(ctl, "/mainlogtail");
                return false;
            }
            OptionalLong n = PyInt.parse(what);
            if (n.isEmpty()) {
                ctl.output("Error: bad argument " + a);
                ctl.exitStatus(ExitStatus.GENERIC);
                return false;
            }
            bytes = n.getAsLong();
        }
        try {
            ctl.output(Values.str(ctl.call("readLog", TailCommand.xmlRpcInt(-bytes), 0)));
        } catch (FaultException e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            if (e.code() == Fault.NO_FILE.code()) {
                ctl.output("supervisord: ERROR (no log file)");
            } else if (e.code() == Fault.FAILED.code()) {
                ctl.output("supervisord: ERROR (unknown error reading log)");
            } else {
                throw e;
            }
        }
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("maintail -f \tContinuous tail of supervisor main log file (Ctrl-C to exit)\n"
                + "maintail -100\tlast 100 *bytes* of supervisord main log file\n"
                + "maintail\tlast 1600 *bytes* of supervisor main log file\n");
    }
}
