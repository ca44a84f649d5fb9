package org.supervisorj.ctl.command;

final class RestartCommand implements Command {
    private final StopCommand stop = new StopCommand();
    private final StartCommand start = new StartCommand();

    @Override
    public String name() {
        return "restart";
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
        if (Args.split(arg).isEmpty()) {
            ctl.output("Error: restart requires a process name");
            ctl.exitStatus(ExitStatus.GENERIC);
            help(ctl);
            return false;
        }
        stop.run(ctl, arg);
        start.run(ctl, arg);
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("restart <name>\t\tRestart a process");
        ctl.output("restart <gname>:*\tRestart all processes in a group");
        ctl.output("restart <name> <name>\tRestart multiple processes or groups");
        ctl.output("restart all\t\tRestart all processes");
        ctl.output("Note: restart does not reread config files. For that, see reread and update.");
    }
}
