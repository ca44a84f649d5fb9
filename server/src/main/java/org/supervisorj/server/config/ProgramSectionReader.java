package org.supervisorj.server.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.supervisorj.server.config.ini.PyText;
import org.supervisorj.server.config.value.AutoRestart;
import org.supervisorj.server.config.value.Booleans;
import org.supervisorj.server.config.value.ByteSize;
import org.supervisorj.server.config.value.ExitCodes;
import org.supervisorj.server.config.value.KeyValuePairs;
import org.supervisorj.server.config.value.LogFile;
import org.supervisorj.server.config.value.LogLevel;
import org.supervisorj.server.config.value.Names;
import org.supervisorj.server.config.value.Octal;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyInt;
import org.supervisorj.server.config.value.Signal;
import org.supervisorj.server.config.value.UserSpec;
import org.supervisorj.server.config.value.Users;
import org.supervisorj.server.text.PyRepr;

/**
 * Builds the processes of one program-type section (Supervisor's processes_from_section), in Supervisor's
 * order of checks. Any error gets the suffix {@code in section '<section>' (file: '<file>')}.
 */
final class ProgramSectionReader {
    private final Getter getter;
    private final Context ctx;

    /** What every section read shares. */
    record Context(String here, String hostNodeName, String configFile, Map<String, Object> environNames,
            PathContext paths, List<DeferredLogMessage> warnings) {
    }

    ProgramSectionReader(Getter getter, Context ctx) {
        this.getter = getter;
        this.ctx = ctx;
    }

    List<ProcessConfig> read(String section, String groupName) throws ConfigException {
        try {
            return readUnwrapped(section, groupName);
        } catch (ConfigException e) {
            String file = getter.doc().fileOf(section).orElse(ctx.configFile());
            throw new ConfigException(e.getMessage() + " in section " + PyRepr.of(section) + " (file: "
                    + PyRepr.of(file) + ")");
        }
    }

    private List<ProcessConfig> readUnwrapped(String section, String groupName) throws ConfigException {
        String programName = Checked.call(() -> Names.processOrGroupName(section.substring(section.indexOf(':') + 1)));
        // Supervisor mutates this one map inside the process loop (process_num, ENV_* of the program's
        // environment), so later per-process options see those names too. The port keeps that sharing.
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("here", ctx.here());
        common.put("program_name", programName);
        common.put("host_node_name", ctx.hostNodeName());
        common.put("group_name", groupName);

        int priority = integer(section, "priority", "999", common);
        boolean autostart = bool(section, "autostart", "true", common);
        AutoRestart autorestart = Checked.call(() -> AutoRestart.parse(get(section, "autorestart", "unexpected", common)));
        int startsecs = integer(section, "startsecs", "1", common);
        int startretries = integer(section, "startretries", "3", common);
        Signal stopsignal = Checked.call(() -> Signal.parse(get(section, "stopsignal", "TERM", common)));
        int stopwaitsecs = integer(section, "stopwaitsecs", "10", common);
        boolean stopasgroup = bool(section, "stopasgroup", "false", common);
        boolean killasgroup = bool(section, "killasgroup", stopasgroup ? "True" : "False", common);
        List<Integer> exitcodes = Checked.call(() -> ExitCodes.parse(get(section, "exitcodes", "0", common)));
        boolean redirectStderr = bool(section, "redirect_stderr", "false", common);
        int numprocs = integer(section, "numprocs", "1", common);
        int numprocsStart = integer(section, "numprocs_start", "0", common);
        String environmentStr = getter.raw(section, "environment", "");
        long stdoutCapture = Checked.call(() -> ByteSize.parse(get(section, "stdout_capture_maxbytes", "0", common)));
        boolean stdoutEvents = bool(section, "stdout_events_enabled", "false", common);
        long stderrCapture = Checked.call(() -> ByteSize.parse(get(section, "stderr_capture_maxbytes", "0", common)));
        boolean stderrEvents = bool(section, "stderr_events_enabled", "false", common);
        String serverurlRaw = get(section, "serverurl", null, common);
        Optional<String> serverurl = serverurlRaw == null
                || PyText.strip(serverurlRaw).toUpperCase(java.util.Locale.ROOT).equals("AUTO")
                ? Optional.empty() : Optional.of(serverurlRaw);
        String userRaw = get(section, "user", null, common);
        Optional<UserSpec> user = userRaw == null ? Optional.empty() : Optional.of(Checked.call(() -> Users.lookup(userRaw)));
        String umaskRaw = get(section, "umask", null, common);
        OptionalInt umask = umaskRaw == null ? OptionalInt.empty() : OptionalInt.of(Checked.call(() -> Octal.parse(umaskRaw)));
        String processName = Checked.call(() -> Names.processOrGroupName(getter.raw(section, "process_name", "%(program_name)s")));
        if (numprocs > 1 && !processName.contains("%(process_num)")) {
            throw new ConfigException("%(process_num) must be present within process_name when numprocs > 1");
        }
        if (stopasgroup && !killasgroup) {
            throw new ConfigException("Cannot set stopasgroup=true and killasgroup=false");
        }

        List<ProcessConfig> processes = new ArrayList<>();
        for (int processNum = numprocsStart; processNum < numprocs + numprocsStart; processNum++) {
            Map<String, Object> expansions = common;
            expansions.put("process_num", processNum);
            expansions.put("numprocs", numprocs);
            expansions.putAll(ctx.environNames());
            Map<String, String> environment = Checked.call(
                    () -> KeyValuePairs.parse(Getter.expand(environmentStr, expansions, "environment")));
            environment.forEach((k, v) -> expansions.put("ENV_" + k, v));
            Optional<String> directory = Optional.ofNullable(get(section, "directory", null, common));
            ChannelLogConfig stdout = channel(section, "stdout", expansions, stdoutCapture, stdoutEvents);
            ChannelLogConfig stderr = channel(section, "stderr", expansions, stderrCapture, stderrEvents);
            if (redirectStderr) {
                if (stderr.file() instanceof LogFile.Path) {
                    ctx.warnings().add(new DeferredLogMessage(LogLevel.WARN, "For [" + section + "], redirect_stderr=true "
                            + "but stderr_logfile has also been set to a filename, the filename has been ignored"));
                }
                stderr = new ChannelLogConfig(LogFile.NONE, stderr.maxbytes(), stderr.backups(), stderr.captureMaxbytes(),
                        stderr.eventsEnabled(), stderr.syslog());
            }
            String command = get(section, "command", null, expansions);
            if (command == null) {
                throw new ConfigException("program section " + section + " does not specify a command");
            }
            String name = Getter.expand(processName, expansions, "process_name");
            processes.add(new ProcessConfig(name, groupName, section, command, priority, autostart, autorestart,
                    startsecs, startretries, exitcodes, stopsignal, stopwaitsecs, stopasgroup, killasgroup, user,
                    directory, umask, redirectStderr, stdout, stderr, environment, serverurl));
        }
        processes.sort(Comparator.comparingInt(ProcessConfig::priority).thenComparing(ProcessConfig::name,
                ProgramSectionReader::compareCodePoints));
        return processes;
    }

    private ChannelLogConfig channel(String section, String k, Map<String, Object> expansions, long capture,
            boolean events) throws ConfigException {
        String lfKey = k + "_logfile";
        String lfRaw = get(section, lfKey, null, expansions);
        LogFile file;
        if (lfRaw == null) {
            file = LogFile.AUTO;
        } else {
            // Supervisor quirk (spec §1.3.1): expanded a second time, so a literal % needs %%%%. Kept.
            String twice = Getter.expand(lfRaw, expansions, lfKey);
            file = Checked.call(() -> LogFile.parse(twice, ctx.paths()));
        }
        int backups = integer(section, k + "_logfile_backups", "10", expansions);
        long maxbytes = Checked.call(() -> ByteSize.parse(get(section, k + "_logfile_maxbytes", "50MB", expansions)));
        boolean syslog = bool(section, k + "_syslog", "False", expansions);
        if (file instanceof LogFile.Syslog) {
            ctx.warnings().add(new DeferredLogMessage(LogLevel.WARN, "For [" + section + "], " + lfKey + "=syslog but "
                    + "this is deprecated and will be removed.  Use " + k + "_syslog=true to enable syslog instead."));
            file = LogFile.NONE;
            syslog = true;
        }
        if (file instanceof LogFile.Auto && maxbytes == 0) {
            ctx.warnings().add(new DeferredLogMessage(LogLevel.WARN, "For [" + section + "], AUTO logging used for "
                    + lfKey + " without rollover, set maxbytes > 0 to avoid filling up filesystem unintentionally"));
        }
        return new ChannelLogConfig(file, maxbytes, backups, capture, events, syslog);
    }

    private String get(String section, String option, String def, Map<String, Object> names) throws ConfigException {
        return getter.get(section, option, def, names);
    }

    private int integer(String section, String option, String def, Map<String, Object> names) throws ConfigException {
        String v = get(section, option, def, names);
        return Checked.call(() -> PyInt.parseInt(v));
    }

    private boolean bool(String section, String option, String def, Map<String, Object> names) throws ConfigException {
        String v = get(section, option, def, names);
        return Checked.call(() -> Booleans.parse(v));
    }

    /** Python's str ordering (code points). */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
