package org.supervisorj.ctl.command;

import java.util.ArrayList;
import java.util.List;
import org.supervisorj.ctl.output.Columns;

/** {@code help} and {@code help <action>}, laid out as Python's cmd module does. */
final class HelpCommand implements Command {
    private static final String HEADER = "default commands (type help <topic>):";

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Completion completion() {
        return Completion.ACTIONS;
    }

    @Override
    public boolean run(Controller ctl, String arg) {
        if (arg.strip().equals("help")) {
            help(ctl);
            return false;
        }
        if (!arg.isEmpty()) {
            Commands.find(arg).filter(c -> !c.name().equals("help") && !c.name().equals("EOF"))
                    .ifPresentOrElse(c -> c.help(ctl), () -> ctl.output("*** No help on " + arg));
            return false;
        }
        List<String> topics = new ArrayList<>();
        for (Command c : Commands.all()) {
            if (!c.name().equals("help") && !c.name().equals("EOF")) {
                topics.add(c.name());
            }
        }
        topics.sort(null);
        ctl.output("");
        ctl.output(HEADER);
        ctl.output("=".repeat(HEADER.length()));
        Columns.columnize(topics, 79).forEach(ctl::output);
        ctl.output("");
        return false;
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("help\t\tPrint a list of available actions");
        ctl.output("help <action>\tPrint help for <action>");
    }
}
