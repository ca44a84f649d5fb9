package org.supervisorj.ctl.command;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.client.LogTail;
import org.supervisorj.ctl.client.ServerUrl;
import org.supervisorj.ctl.output.Values;
import org.supervisorj.server.rpc.xml.Fault;

/**
 * {@code fg <name>}: the process's stdout and stderr are streamed to the terminal while each line typed
 * is sent to its stdin, until Ctrl-C, end of input, or the process stops running.
 */
final class FgCommand implements Command {
    private static final int RUNNING = 20;

    @Override
    public String name() {
        return "fg";
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
            ctl.output("ERROR: no process name supplied");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        if (names.size() > 1) {
            ctl.output("ERROR: too many process names supplied");
            ctl.exitStatus(ExitStatus.GENERIC);
            return false;
        }
        String name = names.getFirst();
        Map<String, Object> info;
        try {
            info = Values.struct(ctl.call("getProcessInfo", name));
        } catch (FaultException e) {
            if (e.code() == Fault.BAD_NAME.code()) {
                ctl.output("ERROR: bad process name supplied");
                ctl.exitStatus(ExitStatus.GENERIC);
            } else {
                ctl.output("ERROR: " + e.pythonText());
            }
            return false;
        }
        if (Values.integer(info, "state") != RUNNING) {
            ctl.output("ERROR: process not running");
            ctl.exitStatus(ExitStatus.GENERIC);
            return false;
        }
        ctl.output("==> Press Ctrl-C to exit <==");
        ServerUrl url = ServerUrl.parse(ctl.serverUrl());
        LogTail out = new LogTail(url, ctl.credentials(), "/logtail/" + name + "/stdout");
        LogTail err = new LogTail(url, ctl.credentials(), "/logtail/" + name + "/stderr");
        Thread.ofPlatform().daemon().name("fg-stdout").start(() -> out.pump(ctl.out(), ctl.err()));
        Thread.ofPlatform().daemon().name("fg-stderr").start(() -> err.pump(ctl.out(), ctl.err()));
        try {
            forward(ctl, name);
        } finally {
            out.close();
            err.close();
        }
        return false;
    }

    private static void forward(Controller ctl, String name) throws Exception {
        try {
            // Ctrl-C ends the console's pending read, which ends the loop below.
            ctl.console().interruptibly(() -> { }, () -> {
                while (true) {
                    String line = ctl.console().readLine("") + "\n";
                    try {
                        ctl.call("sendProcessStdin", name, line);
                    } catch (FaultException e) {
                        ctl.output(e.code() == Fault.NOT_RUNNING.code() ? "Process got killed" : "ERROR: " + e.pythonText());
                        ctl.output("Exiting foreground");
                        return;
                    }
                    Map<String, Object> info = Values.struct(ctl.call("getProcessInfo", name));
                    if (Values.integer(info, "state") != RUNNING) {
                        ctl.output("Process got killed");
                        ctl.output("Exiting foreground");
                        return;
                    }
                }
            });
        } catch (EOFException | InterruptedIOException e) {
            ctl.output("Exiting foreground");
        }
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("fg <process>\tConnect to a process in foreground mode");
        ctl.output("\t\tCtrl-C to exit");
    }
}
