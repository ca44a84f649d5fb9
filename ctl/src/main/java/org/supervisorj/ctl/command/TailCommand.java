package org.supervisorj.ctl.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.server.text.PyRepr;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

final class TailCommand implements Command {
    @Override
    public String name() {
        return "tail";
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
        List<String> args = new ArrayList<>(Args.split(arg));
        if (args.isEmpty()) {
            ctl.output("Error: too few arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (args.size() > 3) {
            ctl.output("Error: too many arguments");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        String modifier = args.getFirst().startsWith("-") ? args.removeFirst() : null;
        String name;
        String channel;
        if (args.size() == 1) {
            name = args.getFirst();
            channel = "stdout";
        } else if (!args.isEmpty()) {
            // Supervisor quirk: kept. With three words the middle one is ignored.
            name = args.getFirst();
            channel = args.getLast().toLowerCase(Locale.ROOT);
            if (!channel.equals("stderr") && !channel.equals("stdout")) {
                ctl.output("Error: bad channel " + PyRepr.of(channel));
                ctl.exitStatus(ExitStatus.GENERIC);
                return false;
            }
        } else {
            ctl.output("Error: tail requires process name");
            ctl.exitStatus(ExitStatus.GENERIC);
            return false;
        }
        long bytes = 1600;
        if (modifier != null) {
            String what = modifier.substring(1);
            if (what.equals("f")) {
                TailFollow.follow(ctl, "/logtail/" + name + "/" + channel);
                return false;
            }
            OptionalLong n = PyInt.parse(what);
            if (n.isEmpty()) {
                ctl.output("Error: bad argument " + modifier);
                ctl.exitStatus(ExitStatus.GENERIC);
                return false;
            }
            bytes = n.getAsLong();
        }
        String method = channel.equals("stdout") ? "readProcessStdoutLog" : "readProcessStderrLog";
        try {
            ctl.output(Values.str(ctl.call(method, name, xmlRpcInt(-bytes), 0)));
        } catch (FaultException e) {
            ctl.exitStatus(ExitStatus.GENERIC);
            if (e.code() == Fault.NO_FILE.code()) {
                ctl.output(name + ": ERROR (no log file)");
            } else if (e.code() == Fault.FAILED.code()) {
                ctl.output(name + ": ERROR (unknown error reading log)");
            } else if (e.code() == Fault.BAD_NAME.code()) {
                ctl.output(name + ": ERROR (no such process name)");
            } else {
                throw e;
            }
        }
        return false;
    }

    /** An Integer when it fits; otherwise the codec refuses it, as Python's marshaller does. */
    static Object xmlRpcInt(long v) {
        return v == (int) v ? (Object) (int) v : (Object) v;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("tail [-f] <name> [stdout|stderr] (default stdout)\n"
                + "Ex:\n"
                + "tail -f <name>\t\tContinuous tail of named process stdout\n"
                + "\t\t\tCtrl-C to exit.\n"
                + "tail -100 <name>\tlast 100 *bytes* of process stdout\n"
                + "tail <name> stderr\tlast 1600 *bytes* of process stderr");
    }
}
