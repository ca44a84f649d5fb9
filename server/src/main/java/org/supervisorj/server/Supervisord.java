package org.supervisorj.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.supervisorj.server.cli.SupervisordArgs;
import org.supervisorj.server.config.ConfigDiff;
import org.supervisorj.server.config.ConfigException;
import org.supervisorj.server.config.ConfigLoader;
import org.supervisorj.server.config.DeferredLogMessage;
import org.supervisorj.server.config.ProcessConfig;
import org.supervisorj.server.config.ProcessGroupConfig;
import org.supervisorj.server.config.SupervisordConfig;
import org.supervisorj.server.config.value.LogFile;
import org.supervisorj.server.daemon.PidFile;
import org.supervisorj.server.daemon.SignalRequests;
import org.supervisorj.server.events.EventBus;
import org.supervisorj.server.http.Credentials;
import org.supervisorj.server.http.HttpLogging;
import org.supervisorj.server.http.HttpServerException;
import org.supervisorj.server.http.HttpServers;
import org.supervisorj.server.http.InetSocketSpec;
import org.supervisorj.server.http.Routes;
import org.supervisorj.server.http.UnixSocketSpec;
import org.supervisorj.server.http.ui.WebUi;
import org.supervisorj.server.http.ui.WebUiOptions;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.LogAccessException;
import org.supervisorj.server.log.LogFiles;
import org.supervisorj.server.log.MainLog;
import org.supervisorj.server.process.ChildLauncher;
import org.supervisorj.server.process.ChildOutput;
import org.supervisorj.server.process.Engine;
import org.supervisorj.server.process.ListenerPool;
import org.supervisorj.server.process.ListenerPools;
import org.supervisorj.server.process.ManagedProcess;
import org.supervisorj.server.process.Namespec;
import org.supervisorj.server.process.PosixChildLauncher;
import org.supervisorj.server.process.ProcessGroup;
import org.supervisorj.server.process.ProcessTable;
import org.supervisorj.server.process.SupervisorRuntime;
import org.supervisorj.server.process.SupervisorState;
import org.supervisorj.server.process.spawn.ChildReaper;
import org.supervisorj.server.process.spawn.PipePump;
import org.supervisorj.server.process.spawn.PosixLauncher;
import org.supervisorj.server.process.spawn.Posix;
import org.supervisorj.server.rpc.Daemon;
import org.supervisorj.server.rpc.RpcMethods;

/**
 * Wires the packages together and runs supervisord's life: start (spec §6.1), serve, then stop in
 * order on a signal or an RPC request; a restart (SIGHUP, restart RPC) reads the config again and
 * starts over in the same process. Owns no rules of its own.
 */
public final class Supervisord implements Daemon {
    private final SupervisordArgs args;
    private final Map<String, String> environment;
    private final Path cwd;
    private final PrintStream stderr;
    private final Engine engine = new Engine();
    private final EventBus events = new EventBus();
    private final ListenerPools pools = new ListenerPools(engine, events);
    private final SignalRequests requests = new SignalRequests();
    private final PipePump pump = new PipePump();
    private final PosixLauncher posix = new PosixLauncher(pump);
    private final ExecutorService streams = Executors.newVirtualThreadPerTaskExecutor();

    private volatile SupervisordConfig config;
    private volatile SupervisordConfig active;
    private MainLog log;
    private PosixChildLauncher launcher;
    // Replaced at each reload; RPC threads read it for getState without going through the engine.
    private volatile SupervisorRuntime runtime;
    private HttpServers http;
    private PidFile pidFile;

    public Supervisord(SupervisordArgs args, SupervisordConfig config, Map<String, String> environment, Path cwd,
                       PrintStream stderr) {
        this.args = args;
        this.config = config;
        this.environment = Map.copyOf(environment);
        this.cwd = cwd;
        this.stderr = stderr;
    }

    /** Runs until shut down. Returns the exit status; a usage error has been printed already. */
    public int run() throws InterruptedException {
        requests.install();
        boolean first = true;
        while (true) {
            try {
                start(first);
            } catch (StartupError e) {
                stderr.print("Error: " + e.getMessage() + "\nFor help, use " + args.progname() + " -h\n");
                stop();
                return 2;
            }
            first = false;
            SignalRequests.Request request = serve();
            stopEverything(request == SignalRequests.Request.RESTART ? SupervisorState.RESTARTING : SupervisorState.SHUTDOWN);
            stop();
            if (request == SignalRequests.Request.SHUTDOWN) {
                return 0;
            }
            try {
                config = ConfigLoader.load(args, environment, cwd, stderr::println);
            } catch (ConfigException e) {
                stderr.print("Error: " + e.getMessage() + "\nFor help, use " + args.progname() + " -h\n");
                return 2;
            }
        }
    }

    /** Something that stops supervisord from starting, reported like a config error. */
    static final class StartupError extends Exception {
        StartupError(String message) {
            super(message, null, false, false);
        }
    }

    private void start(boolean first) throws StartupError {
        active = config;
        var section = active.supervisord();
        try {
            log = openMainLog(section);
        } catch (IOException e) {
            throw new StartupError("could not open the log file " + section.logfile() + ": " + e.getMessage());
        }
        HttpLogging.routeTo(new JulToMainLog(log));
        messages(active.parseMessages());
        if (first) {
            raiseLimits(section.minfds(), section.minprocs());
            if (org.supervisorj.server.daemon.Daemonizer.isDaemonChild()) {
                // The daemon copy: what Supervisor does after fork (spec §6.1 step 8).
                log.info("daemonizing the supervisord process");
                section.directory().ifPresent(d -> log.info("set current directory: '" + d + "'"));
                org.supervisorj.server.process.spawn.Posix.umask(section.umask());
            }
        }
        if (!section.nocleanup()) {
            LogFiles.clearAutoLogDir(section.childlogdir(), section.identifier(), log::warn);
        }
        launcher = new PosixChildLauncher(posix, engine, environment, section.environment(), active.defaultServerUrl());
        PosixChildLauncher.reportUnknownExits(ChildReaper.instance(), log);
        ProcessTable table = new ProcessTable(events);
        runtime = new SupervisorRuntime(engine, table, events, log);
        call(() -> {
            pools.clear();
            for (ProcessGroupConfig g : active.groups()) {
                table.add(makeGroup(g));
            }
            return null;
        });
        RpcMethods methods = RpcMethods.forDaemon(this);
        try {
            WebUi ui = WebUi.create(methods::call, WebUiOptions.fromSystemProperties(), log::error);
            http = HttpServers.start(unixSpecs(), inetSpecs(), Routes.of(methods, log, this::processLogFile,
                    this::mainLogfile, streams, ui));
        } catch (IllegalArgumentException e) {
            throw new StartupError(e.getMessage());
        } catch (HttpServerException e) {
            throw new StartupError(e.getMessage());
        }
        for (var s : active.unixHttpServers()) {
            announce(s.section(), s.credentials().isPresent());
        }
        for (var s : active.inetHttpServers()) {
            announce(s.section(), s.credentials().isPresent());
        }
        pidFile = new PidFile(section.pidfile());
        String pidError = pidFile.write(pid());
        if (pidError != null) {
            log.critical(pidError);
        }
        log.info("supervisord started with pid " + pid());
        if (first) {
            org.supervisorj.server.daemon.Daemonizer.announceReady();
        }
        call(() -> {
            runtime.start();
            return null;
        });
    }

    private void announce(String section, boolean authenticated) {
        log.info("RPC interface 'supervisor' initialized");
        if (!authenticated) {
            log.critical("Server '" + section + "' running without any HTTP authentication checking");
        }
    }

    private MainLog openMainLog(org.supervisorj.server.config.SupervisorSection s) throws IOException {
        MainLog.Builder b = MainLog.builder(Level.valueOf(s.loglevel().name()));
        if (s.nodaemon() && !s.silent()) {
            b.stdout();
        }
        switch (s.logfile()) {
            case LogFile.Syslog sys -> b.syslog();
            case LogFile.Path p -> b.file(cwd.resolve(p.path()), s.logfileMaxbytes(), s.logfileBackups());
            default -> {
            }
        }
        return b.build();
    }

    /** Messages queued while parsing, in Supervisor's order: critical, then warnings, then infos. */
    private void messages(List<DeferredLogMessage> queued) {
        if (Posix.geteuid() == 0 && active.supervisord().user().isEmpty()) {
            log.critical("Supervisor is running as root.  Privileges were not dropped because no user is specified "
                    + "in the config file.  If you intend to run as root, you can set user=root in the config file "
                    + "to avoid this message.");
        }
        List<DeferredLogMessage> ordered = new ArrayList<>(queued);
        ordered.sort(Comparator.comparingInt((DeferredLogMessage m) -> -m.level().number()));
        ordered.forEach(m -> log.log(Level.valueOf(m.level().name()), m.text()));
    }

    private void raiseLimits(int minfds, int minprocs) throws StartupError {
        raise(Posix.RLIMIT_NOFILE, minfds, "RLIMIT_NOFILE", "minfds", "file descriptors");
        raise(Posix.RLIMIT_NPROC, minprocs, "RLIMIT_NPROC", "minprocs", "processes");
    }

    private void raise(int resource, int min, String name, String setting, String what) throws StartupError {
        Posix.Rlimit current = Posix.getrlimit(resource);
        if (current.soft() == Posix.RLIM_INFINITY || current.soft() >= min) {
            return;
        }
        long hard = current.hard() == Posix.RLIM_INFINITY ? current.hard() : Math.max(current.hard(), min);
        if (Posix.setrlimit(resource, new Posix.Rlimit(min, hard)) != 0) {
            throw new StartupError("The minimum number of " + what + " required to run this process is " + min
                    + " as per the \"" + setting + "\" command-line argument or config file setting. The current "
                    + "environment will only allow you to open " + min + " " + what + ".  Either raise the number "
                    + "of usable " + what + " in your environment (see README.rst) or lower the " + setting
                    + " setting in the config file to allow the process to start.");
        }
        log.info("Increased " + name + " limit to " + min);
    }

    private ProcessGroup makeGroup(ProcessGroupConfig g) {
        var section = active.supervisord();
        List<ManagedProcess> members = new ArrayList<>();
        ListenerPool pool = g.listener().isPresent() ? pools.create(g, section.identifier(), log) : null;
        for (ProcessConfig p : g.processes()) {
            ChildOutput output;
            try {
                output = ChildOutput.create(p, section.childlogdir(), section.identifier(), section.stripAnsi(), log,
                        engine, events);
            } catch (IOException e) {
                throw new IllegalStateException("cannot create the AUTO log of " + p.name() + ": " + e.getMessage(), e);
            }
            ManagedProcess process = new ManagedProcess(p, engine, launcher, log, events, runtime, output);
            output.pidSource(process::pid);
            if (pool != null) {
                pool.join(process, output);
            }
            members.add(process);
        }
        return new ProcessGroup(g, members);
    }

    private List<UnixSocketSpec> unixSpecs() {
        return active.unixHttpServers().stream().map(s -> new UnixSocketSpec(s.section(), s.file(), s.chmod(),
                s.chown().map(o -> OptionalInt.of(o.uid())).orElse(OptionalInt.empty()),
                s.chown().map(o -> OptionalInt.of(o.gid())).orElse(OptionalInt.empty()),
                s.credentials().map(c -> new Credentials(c.username(), c.password())))).toList();
    }

    private List<InetSocketSpec> inetSpecs() {
        return active.inetHttpServers().stream().map(s -> new InetSocketSpec(s.section(), s.host(), s.port(),
                s.credentials().map(c -> new Credentials(c.username(), c.password())))).toList();
    }

    /** Waits for the request that ends this run: shutdown or restart. Log reopens are handled here. */
    private SignalRequests.Request serve() throws InterruptedException {
        while (true) {
            SignalRequests.Received r = requests.take();
            switch (r.request()) {
                case SHUTDOWN -> {
                    if (r.signalName() != null) {
                        log.warn("received " + r.signalName() + " indicating exit request");
                    }
                    return r.request();
                }
                case RESTART -> {
                    if (r.signalName() != null) {
                        log.warn("received " + r.signalName() + " indicating restart request");
                    }
                    return r.request();
                }
                case REOPEN_LOGS -> reopenLogs();
            }
        }
    }

    private void reopenLogs() {
        log.info("received SIGUSR2 indicating log reopen request");
        log.info("supervisord logreopen");
        log.reopen();
        call(() -> {
            for (ManagedProcess p : runtime.table().lexical()) {
                if (p.state().isRunning()) {
                    try {
                        p.output().reopen();
                    } catch (IOException e) {
                        log.warn("could not reopen the logs of " + p.name() + ": " + e.getMessage());
                    }
                }
            }
            return null;
        });
    }

    private void stopEverything(SupervisorState next) throws InterruptedException {
        try {
            engine.call(() -> runtime.stopEverything(next)).thenCompose(f -> f).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("stopping processes failed", e.getCause());
        }
    }

    /** Releases what one run opened: HTTP servers, pidfile, log files. */
    private void stop() {
        if (http != null) {
            http.close();
            http = null;
        }
        if (pidFile != null) {
            pidFile.remove();
            pidFile = null;
        }
        if (runtime != null) {
            call(() -> {
                runtime.table().lexical().forEach(p -> p.output().close());
                return null;
            });
        }
        if (log != null) {
            log.close();
        }
    }

    private <T> T call(java.util.concurrent.Callable<T> task) {
        try {
            return engine.call(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<Path> processLogFile(String rest) {
        int slash = rest.indexOf('/');
        String name = slash < 0 ? rest : rest.substring(0, slash);
        String channel = slash < 0 ? "stdout" : rest.substring(slash + 1);
        return call(() -> {
            Namespec spec = Namespec.parse(name);
            Optional<ManagedProcess> p = runtime.table().group(spec.group())
                    .flatMap(g -> spec.process().flatMap(g::process));
            String file = p.map(m -> switch (channel) {
                case "stdout" -> m.stdoutLogfile();
                case "stderr" -> m.stderrLogfile();
                default -> "";
            }).orElse("");
            return file.isEmpty() ? Optional.<Path>empty() : Optional.of(cwd.resolve(file));
        });
    }

    // ---- Daemon (what the RPC layer asks) ---------------------------------------------------

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public SupervisorRuntime runtime() {
        return runtime;
    }

    @Override
    public ChildLauncher launcher() {
        return launcher;
    }

    @Override
    public EventBus events() {
        return events;
    }

    @Override
    public String identifier() {
        return active.supervisord().identifier();
    }

    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    @Override
    public Optional<Path> mainLogfile() {
        return log.file();
    }

    @Override
    public void clearMainLog() throws IOException {
        try {
            log.clear();
        } catch (LogAccessException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void clearProcessLogs(ManagedProcess process) throws IOException {
        process.output().clear();
    }

    @Override
    public void requestShutdown() {
        requests.post(SignalRequests.Request.SHUTDOWN);
    }

    @Override
    public void requestRestart() {
        requests.post(SignalRequests.Request.RESTART);
    }

    @Override
    public ConfigDiff reloadConfig() throws ConfigException {
        SupervisordConfig reread = ConfigLoader.load(args, environment, cwd, s -> { });
        config = reread;
        return new ConfigDiff(added(reread), changed(reread), removed(reread));
    }

    /** Compares with the groups running now, as Supervisor's diff_to_active does. */
    private List<String> added(SupervisordConfig reread) {
        return reread.groups().stream().map(ProcessGroupConfig::name)
                .filter(n -> runtime.table().group(n).isEmpty()).toList();
    }

    private List<String> changed(SupervisordConfig reread) {
        return reread.groups().stream().filter(g -> runtime.table().group(g.name())
                .map(running -> !running.config().equals(g)).orElse(false)).map(ProcessGroupConfig::name).toList();
    }

    private List<String> removed(SupervisordConfig reread) {
        return runtime.table().groupNames().stream().filter(n -> reread.group(n).isEmpty()).sorted().toList();
    }

    @Override
    public SupervisordConfig config() {
        return config;
    }

    @Override
    public boolean addProcessGroup(String name) {
        Optional<ProcessGroupConfig> g = config.group(name);
        if (g.isEmpty() || runtime.table().group(name).isPresent()) {
            return false;
        }
        ProcessGroup group = makeGroup(g.get());
        runtime.table().add(group);
        group.transition();
        return true;
    }

    /** Undertow's and XNIO's warnings go to the activity log. */
    private static final class JulToMainLog extends java.util.logging.Handler {
        private final MainLog log;

        JulToMainLog(MainLog log) {
            this.log = log;
        }

        @Override
        public void publish(java.util.logging.LogRecord r) {
            if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                log.warn(r.getLoggerName() + ": " + r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

}
