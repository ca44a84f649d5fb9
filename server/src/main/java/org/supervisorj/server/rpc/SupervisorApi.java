package org.supervisorj.server.rpc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Predicate;

import org.supervisorj.server.Versions;
import org.supervisorj.server.config.ConfigDiff;
import org.supervisorj.server.config.ConfigException;
import org.supervisorj.server.config.value.InvalidValueException;
import org.supervisorj.server.config.value.Signal;
import org.supervisorj.server.events.RemoteCommunicationEvent;
import org.supervisorj.server.process.ChildLauncher;
import org.supervisorj.server.process.ManagedProcess;
import org.supervisorj.server.process.Namespec;
import org.supervisorj.server.process.ProcessGroup;
import org.supervisorj.server.process.ProcessInfo;
import org.supervisorj.server.process.ProcessState;
import org.supervisorj.server.process.ProcessTable;
import org.supervisorj.server.process.SupervisorState;
import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.MemoizedStruct;
import org.supervisorj.server.rpc.xml.StructShape;
import org.supervisorj.server.rpc.xml.StructTemplate;
import org.supervisorj.server.rpc.xml.RpcFault;

/**
 * The {@code supervisor.*} namespace of Supervisor 4.2.5's API. Every method runs its body on the
 * engine thread; the {@code wait} forms complete when the processes have reached the awaited state.
 */
final class SupervisorApi {
    private static final long STOP_REPORT_MILLIS = 500;

    private final Daemon daemon;
    /** Engine thread only; weak, so that a removed group's processes leave with it. */
    private final Map<ManagedProcess, InfoMemo> infoMemos = new WeakHashMap<>();

    SupervisorApi(Daemon daemon) {
        this.daemon = daemon;
    }

    void register(RpcMethods.Builder b) {
        b.add("supervisor.getAPIVersion", List.of("string"), 0, "Version of the RPC API this server speaks (3.0).",
                p -> immediate(() -> Versions.API));
        b.add("supervisor.getVersion", List.of("string"), 0, "Old name of getAPIVersion.",
                p -> immediate(() -> Versions.API));
        b.add("supervisor.getSupervisorVersion", List.of("string"), 0,
                "Version of Supervisor whose API this server implements.", p -> immediate(() -> Versions.SUPERVISOR));
        b.add("supervisor.getIdentification", List.of("string"), 0, "The identifier setting of [supervisord].",
                p -> immediate(daemon::identifier));
        b.add("supervisor.getState", List.of("struct"), 0, "supervisord's state: statecode and statename.",
                p -> immediate(() -> {
                    SupervisorState mood = daemon.runtime().mood();
                    return struct("statecode", mood.code(), "statename", mood.name());
                }));
        b.add("supervisor.getPID", List.of("int"), 0, "Process id of supervisord.",
                p -> immediate(() -> (int) daemon.pid()));
        b.add("supervisor.readLog", List.of("string", "int", "int"), 2,
                "Reads length bytes of the activity log from offset (negative offset: from the end).",
                p -> now(() -> readMainLog(p)));
        b.add("supervisor.readMainLog", List.of("string", "int", "int"), 2, "Old name of readLog.",
                p -> now(() -> readMainLog(p)));
        b.add("supervisor.clearLog", List.of("boolean"), 0, "Truncates the activity log.",
                p -> now(this::clearMainLog));
        b.add("supervisor.shutdown", List.of("boolean"), 0, "Stops every process, then supervisord.",
                p -> now(() -> {
                    daemon.requestShutdown();
                    return true;
                }));
        b.add("supervisor.restart", List.of("boolean"), 0,
                "Stops every process, reads the configuration again and starts over.", p -> now(() -> {
                    daemon.requestRestart();
                    return true;
                }));
        b.add("supervisor.reloadConfig", List.of("array"), 0,
                "Reads the configuration again; answers [[added, changed, removed]] group names.",
                p -> now(this::reloadConfig));
        b.add("supervisor.addProcessGroup", List.of("boolean", "string"), 1,
                "Starts managing a group that is in the configuration read last.", p -> onEngine(() -> {
                    String name = p.string(0);
                    if (daemon.config().group(name).isEmpty()) {
                        throw new RpcFault(Fault.BAD_NAME, name);
                    }
                    if (!daemon.addProcessGroup(name)) {
                        throw new RpcFault(Fault.ALREADY_ADDED, name);
                    }
                    return true;
                }));
        b.add("supervisor.removeProcessGroup", List.of("boolean", "string"), 1,
                "Stops managing a group whose processes are all stopped.", p -> onEngine(() -> {
                    String name = p.string(0);
                    if (table().group(name).isEmpty()) {
                        throw new RpcFault(Fault.BAD_NAME, name);
                    }
                    if (!table().remove(name)) {
                        throw new RpcFault(Fault.STILL_RUNNING, name);
                    }
                    return true;
                }));
        b.add("supervisor.startProcess", List.of("boolean", "string", "boolean"), 1,
                "Starts a process (name, group:name or group:*); with wait, answers once it is RUNNING.",
                p -> engineStage(() -> startProcess(p.string(0), p.bool(1, true))));
        b.add("supervisor.startProcessGroup", List.of("array", "string", "boolean"), 1,
                "Starts every process of a group; answers one status struct per process.",
                p -> engineStage(() -> startGroup(p.string(0), p.bool(1, true))));
        b.add("supervisor.startAllProcesses", List.of("array", "boolean"), 0,
                "Starts every process; answers one status struct per process.",
                p -> engineStage(() -> forEach(table().inStartOrder(), q -> !q.state().isRunning(),
                        q -> startProcess(namespec(q), p.bool(0, true)))));
        b.add("supervisor.stopProcess", List.of("boolean", "string", "boolean"), 1,
                "Stops a process (name, group:name or group:*); with wait, answers once it has stopped.",
                p -> engineStage(() -> stopProcess(p.string(0), p.bool(1, true))));
        b.add("supervisor.stopProcessGroup", List.of("array", "string", "boolean"), 1,
                "Stops every process of a group; answers one status struct per process.",
                p -> engineStage(() -> stopGroup(p.string(0), p.bool(1, true))));
        b.add("supervisor.stopAllProcesses", List.of("array", "boolean"), 0,
                "Stops every process; answers one status struct per process.",
                p -> engineStage(() -> forEach(table().inStartOrder(), q -> q.state().isRunning(),
                        q -> stopProcess(namespec(q), p.bool(0, true)))));
        b.add("supervisor.signalProcess", List.of("boolean", "string", "string"), 2,
                "Sends a signal (name or number) to a process, or to every process of group:*.",
                p -> engineStage(() -> signalProcess(p.string(0), signalText(p, 1))));
        b.add("supervisor.signalProcessGroup", List.of("array", "string", "string"), 2,
                "Sends a signal to every running process of a group.",
                p -> engineStage(() -> signalGroup(p.string(0), signalText(p, 1))));
        b.add("supervisor.signalAllProcesses", List.of("array", "string"), 1,
                "Sends a signal to every running process.", p -> engineStage(() -> {
                    String sig = signalText(p, 0);
                    return forEach(table().inStartOrder(), q -> q.state().isSignallable(),
                            q -> signalProcess(namespec(q), sig));
                }));
        b.add("supervisor.getAllConfigInfo", List.of("array"), 0,
                "The configuration of every process, running or not.",
                p -> now(() -> ConfigInfo.all(daemon.config(), table())));
        b.add("supervisor.getProcessInfo", List.of("struct", "string"), 1, "The state of one process.",
                p -> now(() -> processInfo(processNamed(p.string(0)))));
        b.add("supervisor.getAllProcessInfo", List.of("array"), 0, "The state of every process.",
                p -> now(() -> table().lexical().stream().map(this::processInfo).toList()));
        for (String channel : List.of("Stdout", "Stderr")) {
            boolean stdout = channel.equals("Stdout");
            RpcHandler read = p -> now(() -> readProcessLog(p, stdout));
            b.add("supervisor.readProcess" + channel + "Log", List.of("string", "string", "int", "int"), 3,
                    "Reads length bytes of a process's " + channel.toLowerCase() + " log from offset.", read);
            RpcHandler tail = p -> now(() -> tailProcessLog(p, stdout));
            b.add("supervisor.tailProcess" + channel + "Log", List.of("array", "string", "int", "int"), 3,
                    "Reads the end of a process's " + channel.toLowerCase()
                            + " log: [bytes, offset, overflow], for following it.", tail);
        }
        b.add("supervisor.readProcessLog", List.of("string", "string", "int", "int"), 3,
                "Old name of readProcessStdoutLog.", p -> now(() -> readProcessLog(p, true)));
        b.add("supervisor.tailProcessLog", List.of("array", "string", "int", "int"), 3,
                "Old name of tailProcessStdoutLog.", p -> now(() -> tailProcessLog(p, true)));
        b.add("supervisor.clearProcessLogs", List.of("boolean", "string"), 1,
                "Empties a process's stdout and stderr logs.", p -> now(() -> clearProcessLogs(p.string(0))));
        b.add("supervisor.clearProcessLog", List.of("boolean", "string"), 1, "Old name of clearProcessLogs.",
                p -> now(() -> clearProcessLogs(p.string(0))));
        b.add("supervisor.clearAllProcessLogs", List.of("array"), 0,
                "Empties the logs of every process; answers one status struct per process.",
                p -> engineStage(() -> forEach(table().inStartOrder(), q -> true,
                        q -> CompletableFuture.completedFuture(clearProcessLogs(namespec(q))))));
        b.add("supervisor.sendProcessStdin", List.of("boolean", "string", "string"), 2,
                "Writes chars to a running process's stdin.", p -> now(() -> sendStdin(p)));
        b.addUnguarded("supervisor.sendRemoteCommEvent", List.of("boolean", "string", "string"), 2,
                "Emits a REMOTE_COMMUNICATION event with type and data.", p -> onEngine(() -> {
                    daemon.events().publish(new RemoteCommunicationEvent(str(p.get(0)), str(p.get(1))));
                    return true;
                }));
    }

    // ---- process control --------------------------------------------------------------------

    private CompletionStage<Object> startProcess(String name, boolean wait) throws RpcFault {
        Namespec spec = Namespec.parse(name);
        ProcessGroup group = groupOf(spec, name);
        if (spec.process().isEmpty()) {
            return startGroup(spec.group(), wait);
        }
        ManagedProcess process = group.process(spec.process().get()).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
        try {
            daemon.launcher().verifyCommand(process);
        } catch (ChildLauncher.CommandProblem e) {
            throw new RpcFault(e.missing() ? Fault.NO_FILE : Fault.NOT_EXECUTABLE, e.getMessage());
        }
        if (process.state().isRunning()) {
            throw new RpcFault(Fault.ALREADY_STARTED, name);
        }
        if (process.state() == ProcessState.UNKNOWN) {
            throw new RpcFault(Fault.FAILED, name + " is in an unknown process state");
        }
        process.spawn();
        if (process.spawnerr() != null) {
            throw new RpcFault(Fault.SPAWN_ERROR, name);
        }
        process.transition();
        if (!wait || process.state() == ProcessState.RUNNING) {
            return CompletableFuture.completedFuture(true);
        }
        return process.await(p -> p.spawnerr() != null || p.state() != ProcessState.STARTING).thenApply(p -> {
            if (p.spawnerr() != null) {
                throw new AsyncFault(new RpcFault(Fault.SPAWN_ERROR, name));
            }
            if (p.state() != ProcessState.RUNNING) {
                throw new AsyncFault(new RpcFault(Fault.ABNORMAL_TERMINATION, name));
            }
            return true;
        });
    }

    private CompletionStage<Object> startGroup(String name, boolean wait) throws RpcFault {
        ProcessGroup group = table().group(name).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
        return forEach(group.byPriority(), p -> !p.state().isRunning(), p -> startProcess(namespec(p), wait));
    }

    private CompletionStage<Object> stopProcess(String name, boolean wait) throws RpcFault {
        Namespec spec = Namespec.parse(name);
        ProcessGroup group = groupOf(spec, name);
        if (spec.process().isEmpty()) {
            return stopGroup(spec.group(), wait);
        }
        ManagedProcess process = group.process(spec.process().get()).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
        if (!process.state().isRunning()) {
            throw new RpcFault(Fault.NOT_RUNNING, name);
        }
        String msg = process.stop();
        if (msg != null) {
            throw new RpcFault(Fault.FAILED, msg);
        }
        if (!wait || process.state().isStopped()) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<ManagedProcess> done = process.await(p -> p.state().isStopped());
        ScheduledFuture<?> reporter = daemon.engine().scheduleAtFixedRate(process::stopReport, 0, STOP_REPORT_MILLIS);
        return done.thenApply(p -> {
            reporter.cancel(false);
            return true;
        });
    }

    private CompletionStage<Object> stopGroup(String name, boolean wait) throws RpcFault {
        ProcessGroup group = table().group(name).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
        return forEach(group.byPriority(), p -> p.state().isRunning(), p -> stopProcess(namespec(p), wait));
    }

    private CompletionStage<Object> signalProcess(String name, String signal) throws RpcFault {
        Namespec spec = Namespec.parse(name);
        ProcessGroup group = groupOf(spec, name);
        if (spec.process().isEmpty()) {
            return signalGroup(spec.group(), signal);
        }
        ManagedProcess process = group.process(spec.process().get()).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
        Signal sig;
        try {
            sig = Signal.parse(signal);
        } catch (InvalidValueException e) {
            throw new RpcFault(Fault.BAD_SIGNAL, signal);
        }
        if (!process.state().isSignallable()) {
            throw new RpcFault(Fault.NOT_RUNNING, name);
        }
        String msg = process.signal(sig);
        if (msg != null) {
            throw new RpcFault(Fault.FAILED, msg);
        }
        return CompletableFuture.completedFuture(true);
    }

    private CompletionStage<Object> signalGroup(String name, String signal) throws RpcFault {
        ProcessGroup group = table().group(name).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
        return forEach(group.byPriority(), p -> p.state().isSignallable(), p -> signalProcess(namespec(p), signal));
    }

    private interface PerProcess {
        CompletionStage<Object> apply(ManagedProcess process) throws RpcFault;
    }

    /**
     * Applies {@code action} to each selected process and collects one status struct per process,
     * as Supervisor's bulk methods do: immediate outcomes first in process order, then the waited ones.
     * Deviation from 4.2.5: waited outcomes come in process order, not in the order Supervisor's 50 ms
     * polling happened to see them finish, so the answer is deterministic.
     */
    private CompletionStage<Object> forEach(List<ManagedProcess> processes, Predicate<ManagedProcess> selected,
                                            PerProcess action) {
        List<Object> results = new ArrayList<>();
        List<ManagedProcess> waitedFor = new ArrayList<>();
        List<CompletableFuture<Object>> pending = new ArrayList<>();
        for (ManagedProcess p : processes) {
            if (!selected.test(p)) {
                continue;
            }
            CompletableFuture<Object> f;
            try {
                f = action.apply(p).toCompletableFuture();
            } catch (RpcFault fault) {
                results.add(status(p, fault.fault().code(), fault.faultString()));
                continue;
            }
            if (f.isDone() && !f.isCompletedExceptionally()) {
                results.add(status(p, Fault.SUCCESS.code(), "OK"));
            } else {
                waitedFor.add(p);
                pending.add(f.handle((v, t) -> t));
            }
        }
        return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).thenApply(v -> {
            for (int i = 0; i < waitedFor.size(); i++) {
                RpcFault fault = AsyncFault.unwrap((Throwable) pending.get(i).join());
                results.add(fault == null ? status(waitedFor.get(i), Fault.SUCCESS.code(), "OK")
                        : status(waitedFor.get(i), fault.fault().code(), fault.faultString()));
            }
            return results;
        });
    }

    private static Map<String, Object> status(ManagedProcess p, int code, String description) {
        return struct("name", p.name(), "group", p.groupName(), "status", code, "description", description);
    }

    // ---- information ------------------------------------------------------------------------

    /**
     * A process's getProcessInfo struct. Within a second an unchanged process gets the same struct, whose
     * XML is written once; while only the time moves, its structs share one template, so that the XML of
     * everything but {@code now} and {@code description} is written once until the state changes.
     */
    private Map<String, Object> processInfo(ManagedProcess process) {
        ProcessInfo info = process.info();
        InfoMemo memo = infoMemos.get(process);
        if (memo != null && memo.info().equals(info)) {
            return memo.struct();
        }
        StructTemplate template = memo != null && memo.info().sameButForTime(info) ? memo.template() : infoTemplate(info);
        memo = new InfoMemo(info, template, template.with((int) info.now(), ProcessDescription.of(info)));
        infoMemos.put(process, memo);
        return memo.struct();
    }

    /** The last struct handed out (the same one within the same second) and its template. */
    private record InfoMemo(ProcessInfo info, StructTemplate template, MemoizedStruct struct) {
    }

    /** getProcessInfo's members in 4.2.5's order; {@code now} and {@code description} come with each answer. */
    private static final StructShape INFO_SHAPE = new StructShape(List.of("name", "group", "start", "stop", "now",
            "state", "statename", "spawnerr", "exitstatus", "logfile", "stdout_logfile", "stderr_logfile", "pid",
            "description"), List.of("now", "description"));

    private static StructTemplate infoTemplate(ProcessInfo info) {
        return INFO_SHAPE.template(info.name(), info.group(), (int) info.start(), (int) info.stop(), null,
                info.state().code(), info.state().name(), info.spawnerr(), info.exitstatus(), info.stdoutLogfile(),
                info.stdoutLogfile(), info.stderrLogfile(), info.pid(), null);
    }

    private Object reloadConfig() throws RpcFault {
        ConfigDiff diff;
        try {
            diff = daemon.reloadConfig();
        } catch (ConfigException e) {
            throw new RpcFault(Fault.CANT_REREAD, e.getMessage());
        }
        return List.of(List.of(diff.added(), diff.changed(), diff.removed()));
    }

    // ---- logs -------------------------------------------------------------------------------

    private Object readMainLog(Params p) throws RpcFault {
        int offset = p.integer(0);
        int length = p.integer(1);
        Optional<Path> logfile = daemon.mainLogfile();
        if (logfile.isEmpty()) {
            throw new RpcFault(Fault.NO_FILE);
        }
        if (!Files.exists(logfile.get())) {
            throw new RpcFault(Fault.NO_FILE, logfile.get().toString());
        }
        return LogAccess.read(logfile.get(), offset, length);
    }

    private Object clearMainLog() throws RpcFault {
        Optional<Path> logfile = daemon.mainLogfile();
        if (logfile.isEmpty() || !Files.exists(logfile.get())) {
            throw new RpcFault(Fault.NO_FILE);
        }
        try {
            daemon.clearMainLog();
        } catch (IOException e) {
            throw new RpcFault(Fault.FAILED);
        }
        return true;
    }

    private Object readProcessLog(Params p, boolean stdout) throws RpcFault {
        ManagedProcess process = processNamed(p.string(0));
        int offset = p.integer(1);
        int length = p.integer(2);
        String logfile = stdout ? process.stdoutLogfile() : process.stderrLogfile();
        if (logfile.isEmpty() || !Files.exists(Path.of(logfile))) {
            throw logfile.isEmpty() ? new RpcFault(Fault.NO_FILE, "None") : new RpcFault(Fault.NO_FILE, logfile);
        }
        return LogAccess.read(Path.of(logfile), offset, length);
    }

    private Object tailProcessLog(Params p, boolean stdout) throws RpcFault {
        ManagedProcess process = processNamed(p.string(0));
        int offset = p.integer(1);
        int length = p.integer(2);
        String logfile = stdout ? process.stdoutLogfile() : process.stderrLogfile();
        if (logfile.isEmpty() || !Files.exists(Path.of(logfile))) {
            return List.of("", 0, false);
        }
        return LogAccess.tail(Path.of(logfile), offset, length);
    }

    private boolean clearProcessLogs(String name) throws RpcFault {
        ManagedProcess process = processNamed(name);
        try {
            daemon.clearProcessLogs(process);
        } catch (IOException e) {
            throw new RpcFault(Fault.FAILED, name);
        }
        return true;
    }

    private Object sendStdin(Params p) throws RpcFault {
        if (!(p.get(1) instanceof String chars)) {
            throw new RpcFault(Fault.INCORRECT_PARAMETERS, String.valueOf(p.get(1)));
        }
        String name = p.string(0);
        ManagedProcess process = processNamed(name);
        if (process.pid() == 0 || process.state() == ProcessState.STOPPING) {
            throw new RpcFault(Fault.NOT_RUNNING, name);
        }
        try {
            process.writeStdin(chars.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RpcFault(Fault.NO_FILE, name);
        }
        return true;
    }

    // ---- helpers ----------------------------------------------------------------------------

    private ProcessTable table() {
        return daemon.runtime().table();
    }

    private ProcessGroup groupOf(Namespec spec, String name) throws RpcFault {
        return table().group(spec.group()).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
    }

    private ManagedProcess processNamed(String name) throws RpcFault {
        Namespec spec = Namespec.parse(name);
        ProcessGroup group = groupOf(spec, name);
        if (spec.process().isEmpty()) {
            throw new RpcFault(Fault.BAD_NAME, name);
        }
        return group.process(spec.process().get()).orElseThrow(() -> new RpcFault(Fault.BAD_NAME, name));
    }

    private static String namespec(ManagedProcess p) {
        return Namespec.of(p.groupName(), p.name());
    }

    private static String signalText(Params p, int i) throws RpcFault {
        Object v = p.get(i);
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Integer n) {
            return n.toString();
        }
        throw new RpcFault(Fault.BAD_SIGNAL, String.valueOf(v));
    }

    private static String str(Object o) {
        return o instanceof String s ? s : String.valueOf(o);
    }

    static Map<String, Object> struct(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private interface EngineCall<T> {
        T call() throws RpcFault;
    }

    /**
     * Answers on the calling thread, for what does not touch process state (versions, mood, pid):
     * monitoring probes keep their answer time while the engine is busy starting hundreds of processes.
     */
    private static CompletionStage<Object> immediate(EngineCall<Object> body) {
        try {
            return CompletableFuture.completedFuture(body.call());
        } catch (RpcFault fault) {
            return CompletableFuture.failedFuture(fault);
        }
    }

    /** Runs a body that answers at once, on the engine thread. */
    private CompletionStage<Object> now(EngineCall<Object> body) {
        return onEngine(body);
    }

    private CompletionStage<Object> onEngine(EngineCall<Object> body) {
        Callable<Object> c = body::call;
        return daemon.engine().call(c);
    }

    /** Runs a body on the engine thread that itself answers with a stage (the wait forms). */
    private CompletionStage<Object> engineStage(EngineCall<CompletionStage<Object>> body) {
        Callable<CompletionStage<Object>> c = body::call;
        return daemon.engine().call(c).thenCompose(s -> s);
    }
}
