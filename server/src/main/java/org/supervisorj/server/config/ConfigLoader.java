package org.supervisorj.server.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.supervisorj.server.cli.SupervisordArgs;
import org.supervisorj.server.config.value.LogFile;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyPaths;
import org.supervisorj.server.config.value.UserSpec;
import org.supervisorj.server.config.value.Users;

/**
 * Reads supervisord's configuration as Supervisor 4.2.5 does: locate the file, read it and its includes,
 * then check and build each part in Supervisor's order, so that the first error reported is the same one.
 * Call it again with the same arguments to reload (SIGHUP, reloadConfig).
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    /**
     * Loads with the process's real uid deciding the root warning, printed to stderr as Python would.
     *
     * @param env the environment supervisord runs with ({@code ENV_*} names, {@code HOME}, {@code TMPDIR})
     * @param cwd supervisord's working directory at startup; relative paths are resolved against it
     */
    public static SupervisordConfig load(SupervisordArgs args, Map<String, String> env, Path cwd) throws ConfigException {
        return load(args, env, cwd, System.err::println);
    }

    /** As {@link #load(SupervisordArgs, Map, Path)}, with the root-search warning sent to {@code stderr}. */
    public static SupervisordConfig load(SupervisordArgs args, Map<String, String> env, Path cwd, Consumer<String> stderr)
            throws ConfigException {
        PathContext paths = new PathContext(env, cwd.toAbsolutePath());
        String hostNodeName = HostName.nodename();
        String configFile = args.configFile().isPresent() ? args.configFile().get()
                : ConfigFiles.locate(args.progname(), paths, isRoot(), stderr);
        ConfigFiles.Read read = ConfigFiles.read(configFile, paths, hostNodeName);
        if (!read.doc().hasSection("supervisord")) {
            throw new ConfigException(".ini file does not include supervisord section");
        }
        // ENV_* names shared by every section; [supervisord] environment adds to it for the sections after it.
        Map<String, Object> environNames = new LinkedHashMap<>();
        env.forEach((k, v) -> environNames.put("ENV_" + k, v));
        Getter getter = new Getter(read.doc(), environNames);
        SupervisordSectionReader.Raw raw = SupervisordSectionReader.read(getter, read.here(), hostNodeName, paths);
        raw.environment().forEach((k, v) -> environNames.put("ENV_" + k, v));

        List<RpcInterfaceConfig> rpc = RpcInterfacesReader.read(getter);
        List<DeferredLogMessage> warnings = new ArrayList<>(read.warnings());
        ProgramSectionReader.Context ctx = new ProgramSectionReader.Context(read.here(), hostNodeName, configFile,
                environNames, paths, warnings);
        List<ProcessGroupConfig> groups = new ProcessGroupsReader(getter, ctx).read();
        ServerSectionsReader servers = new ServerSectionsReader(getter, read.here(), paths);
        List<InetHttpServerConfig> inet = servers.inet();
        List<UnixHttpServerConfig> unix = servers.unix();

        Optional<String> userName = args.user().or(raw::user);
        Optional<UserSpec> user = Optional.empty();
        if (userName.isPresent()) {
            user = Optional.of(Checked.call(() -> Users.lookup(userName.get())));
        }
        SupervisorSection section = resolve(args, raw, user, paths);
        List<DeferredLogMessage> messages = new ArrayList<>(warnings);
        messages.addAll(read.infos());
        return new SupervisordConfig(configFile, Path.of(read.here()), section, unix, inet, rpc, groups, messages);
    }

    /** Command-line values beat the file's (Supervisor's priority 2 over 0). */
    private static SupervisorSection resolve(SupervisordArgs a, SupervisordSectionReader.Raw raw,
            Optional<UserSpec> user, PathContext paths) {
        String logfile = a.logfile().orElse(raw.logfile());
        // Only the exact word "syslog" means syslog here; other spellings are file names.
        LogFile log = logfile.equals("syslog") ? LogFile.SYSLOG : new LogFile.Path(PyPaths.normalize(logfile, paths));
        String pidfile = PyPaths.normalize(a.pidfile().orElse(raw.pidfile()), paths);
        return new SupervisorSection(log, a.logfileMaxbytes().orElse(raw.logfileMaxbytes()),
                a.logfileBackups().orElse(raw.logfileBackups()), a.loglevel().orElse(raw.loglevel()), Path.of(pidfile),
                a.umask().orElse(raw.umask()), a.nodaemon() || raw.nodaemon(), a.silent() || raw.silent(),
                a.minfds().orElse(raw.minfds()), a.minprocs().orElse(raw.minprocs()),
                a.nocleanup() || raw.nocleanup(), Path.of(a.childlogdir().orElse(raw.childlogdir())), user,
                a.directory().or(raw::directory).map(Path::of), a.stripAnsi() || raw.stripAnsi(), raw.environment(),
                a.identifier().orElse(raw.identifier()));
    }

    private static boolean isRoot() {
        try {
            return (Integer) java.nio.file.Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
