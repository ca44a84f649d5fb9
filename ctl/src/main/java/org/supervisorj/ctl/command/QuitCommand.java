package org.supervisorj.ctl.command;

/** {@code quit}, {@code exit} and end of input ({@code EOF}): leave the shell after an empty line. */
final class QuitCommand implements Command {
    private final String name;

    QuitCommand(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean run(Controller ctl, String arg) {
        ctl.output("");
        return true;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output(name + "\tExit the supervisor shell.");
    }
}
