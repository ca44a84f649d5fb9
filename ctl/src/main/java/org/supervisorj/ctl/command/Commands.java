package org.supervisorj.ctl.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table of supervisorctl 4.2.5's actions, by name. */
public final class Commands {
    private static final Map<String, Command> TABLE = new LinkedHashMap<>();

    static {
        for (Command c : List.of(new HelpCommand(), new QuitCommand("EOF"), new AddCommand(), new AvailCommand(),
                new ClearCommand(), new QuitCommand("exit"), new FgCommand(), new MaintailCommand(), new OpenCommand(),
                new PidCommand(), new QuitCommand("quit"), new ReloadCommand(), new RemoveCommand(),
                new RereadCommand(), new RestartCommand(), new ShutdownCommand(), new SignalCommand(),
                new StartCommand(), new StatusCommand(), new StopCommand(), new TailCommand(), new UpdateCommand(),
                new VersionCommand())) {
            TABLE.put(c.name(), c);
        }
    }

    private Commands() {
    }

    static Optional<Command> find(String name) {
        return Optional.ofNullable(TABLE.get(name));
    }

    static List<Command> all() {
        return List.copyOf(TABLE.values());
    }

    /** Action names offered by completion (EOF is not one). */
    public static List<String> actionNames() {
        return TABLE.keySet().stream().filter(n -> !n.equals("EOF")).sorted().toList();
    }

    /** How the arguments of {@code action} complete: "actions", "groups", "processes" or "none". */
    public static String completionKind(String action) {
        return find(action).map(c -> c.completion().name().toLowerCase(java.util.Locale.ROOT)).orElse("none");
    }
}
