package org.supervisorj.server.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.supervisorj.server.config.ProcessConfig;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.MainLog;
import org.supervisorj.server.process.spawn.ChildListener;
import org.supervisorj.server.process.spawn.ChildStdin;
import org.supervisorj.server.process.spawn.CommandException;
import org.supervisorj.server.process.spawn.CommandResolver;
import org.supervisorj.server.process.spawn.Launcher;
import org.supervisorj.server.process.spawn.OutputChannel;
import org.supervisorj.server.process.spawn.ResolvedCommand;
import org.supervisorj.server.process.spawn.SpawnException;
import org.supervisorj.server.process.spawn.SpawnRequest;
import org.supervisorj.server.process.spawn.SpawnedChild;
import org.supervisorj.server.process.spawn.WaitStatus;

/**
 * The engine's view of the OS layer: resolves the command, builds the child's environment as
 * Supervisor does (spec §4.4), spawns it, and hands its exit back to the engine thread.
 * Output goes straight from the pipe thread to the process's {@link ProcessOutput}.
 */
public final class PosixChildLauncher implements ChildLauncher {
    private final Launcher launcher;
    private final CommandResolver resolver;
    private final Engine engine;
    private final Map<String, String> daemonEnvironment;
    private final Map<String, String> supervisordEnvironment;
    private final Optional<String> serverUrl;

    /**
     * @param daemonEnvironment      supervisord's own process environment
     * @param supervisordEnvironment the {@code [supervisord] environment=} setting
     * @param serverUrl              SUPERVISOR_SERVER_URL for programs that do not set serverurl
     */
    public PosixChildLauncher(Launcher launcher, Engine engine, Map<String, String> daemonEnvironment,
                              Map<String, String> supervisordEnvironment, Optional<String> serverUrl) {
        this.launcher = launcher;
        this.engine = engine;
        this.daemonEnvironment = Map.copyOf(daemonEnvironment);
        this.supervisordEnvironment = Map.copyOf(supervisordEnvironment);
        this.serverUrl = serverUrl;
        this.resolver = new CommandResolver(Optional.ofNullable(daemonEnvironment.get("PATH")));
    }

    /** Logs exits of children nobody registered, as supervisord's reap() does. */
    public static void reportUnknownExits(org.supervisorj.server.process.spawn.ChildReaper reaper, MainLog log) {
        reaper.onUnknownExit(u -> log.log(Level.INFO, "reaped unknown pid " + u.pid() + " (" + u.status().text() + ")"));
    }

    @Override
    public void verifyCommand(ManagedProcess process) throws CommandProblem {
        try {
            resolve(process.config());
        } catch (CommandException e) {
            throw new CommandProblem(e.getMessage(), e.kind() == CommandException.Kind.NOT_FOUND);
        }
    }

    @Override
    public RunningChild launch(ManagedProcess process) throws SpawnFailure {
        ProcessConfig config = process.config();
        ResolvedCommand command;
        try {
            command = resolve(config);
        } catch (CommandException e) {
            throw new SpawnFailure(e.getMessage());
        }
        SpawnRequest request = new SpawnRequest(command, environment(config), config.directory(),
                config.umask().isPresent() ? OptionalInt.of(config.umask().getAsInt()) : OptionalInt.empty(),
                config.user().map(u -> new SpawnRequest.User(u.uid(), u.gid(), u.name())),
                config.redirectStderr());
        try {
            process.output().prepare();
        } catch (java.io.IOException e) {
            throw new SpawnFailure("unknown error making dispatchers for '" + process.name() + "': "
                    + ChildOutput.errnoName(e));
        }
        Relay relay = new Relay(process);
        SpawnedChild child;
        try {
            child = launcher.spawn(request, relay);
        } catch (SpawnException e) {
            throw new SpawnFailure(e.spawnerr(process.name()));
        }
        relay.pid = child.pid();
        return new Child(child);
    }

    @Override
    public int kill(int pid, int signal) {
        return launcher.kill(pid, signal);
    }

    private ResolvedCommand resolve(ProcessConfig config) throws CommandException {
        return resolver.resolve(config.command(), Optional.ofNullable(mergedEnvironment(config).get("PATH")));
    }

    private Map<String, String> mergedEnvironment(ProcessConfig config) {
        Map<String, String> merged = new HashMap<>(supervisordEnvironment);
        merged.putAll(config.environment());
        return merged;
    }

    /** The order of spec §4.4 step 5: both environment settings may override the SUPERVISOR_* names. */
    private Map<String, String> environment(ProcessConfig config) {
        Map<String, String> env = new HashMap<>(daemonEnvironment);
        env.put("SUPERVISOR_ENABLED", "1");
        config.serverurl().or(() -> serverUrl).ifPresent(url -> env.put("SUPERVISOR_SERVER_URL", url));
        env.put("SUPERVISOR_PROCESS_NAME", config.name());
        env.put("SUPERVISOR_GROUP_NAME", config.groupName());
        env.putAll(mergedEnvironment(config));
        return env;
    }

    /** Passes output on at once and exits to the engine thread. */
    private final class Relay implements ChildListener {
        private final ManagedProcess process;
        private volatile int pid;

        Relay(ManagedProcess process) {
            this.process = process;
        }

        @Override
        public void onOutput(OutputChannel channel, byte[] data) {
            process.output().write(channel, data, pid);
        }

        @Override
        public void onEof(OutputChannel channel) {
            // The pipe closed itself; nothing is buffered here, so nothing is left to flush.
        }

        @Override
        public boolean interactive(OutputChannel channel) {
            return process.output().interactive(channel);
        }

        @Override
        public void onExit(WaitStatus status) {
            Exit exit = new Exit(status.exitCode(), status.text());
            engine.execute(() -> process.finish(exit));
        }
    }

    private record Child(SpawnedChild spawned) implements RunningChild {
        @Override
        public int pid() {
            return spawned.pid();
        }

        @Override
        public void writeStdin(byte[] data) throws java.io.IOException {
            try {
                spawned.stdin().write(data);
            } catch (ChildStdin.ClosedException e) {
                throw new java.io.IOException("stdin closed", e);
            }
        }

        @Override
        public void release() {
            spawned.stdin().close();
        }
    }
}
