package org.supervisorj.server.rpc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.supervisorj.server.config.ChannelLogConfig;
import org.supervisorj.server.config.ProcessConfig;
import org.supervisorj.server.config.ProcessGroupConfig;
import org.supervisorj.server.config.SupervisordConfig;
import org.supervisorj.server.config.value.LogFile;
import org.supervisorj.server.process.ManagedProcess;
import org.supervisorj.server.process.ProcessGroup;
import org.supervisorj.server.process.ProcessTable;

/** getAllConfigInfo: one struct per configured process, with Supervisor's keys and its 'auto'/'none' words. */
final class ConfigInfo {
    private ConfigInfo() {
    }

    static List<Object> all(SupervisordConfig config, ProcessTable table) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProcessGroupConfig g : config.groups()) {
            Optional<ProcessGroup> running = table.group(g.name());
            for (ProcessConfig p : g.processes()) {
                Optional<ManagedProcess> live = running.flatMap(r -> r.process(p.name()));
                out.add(one(g, p, running.isPresent(), live));
            }
        }
        out.sort(Comparator.comparing(m -> (String) m.get("name")));
        return new ArrayList<>(out);
    }

    private static Map<String, Object> one(ProcessGroupConfig g, ProcessConfig p, boolean inuse,
                                           Optional<ManagedProcess> live) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("autostart", p.autostart());
        d.put("directory", p.directory().map(Object.class::cast).orElse("none"));
        d.put("uid", p.user().map(u -> (Object) u.uid()).orElse("none"));
        d.put("command", p.command());
        d.put("exitcodes", List.copyOf(p.exitcodes()));
        d.put("group", g.name());
        d.put("group_prio", g.priority());
        d.put("inuse", inuse);
        d.put("killasgroup", p.killasgroup());
        d.put("name", p.name());
        d.put("process_prio", p.priority());
        d.put("redirect_stderr", p.redirectStderr());
        d.put("startretries", p.startretries());
        d.put("startsecs", p.startsecs());
        channel(d, "stdout", p.stdout(), live.map(ManagedProcess::stdoutLogfile));
        d.put("stopsignal", p.stopsignal().number());
        d.put("stopwaitsecs", p.stopwaitsecs());
        channel(d, "stderr", p.stderr(), live.map(ManagedProcess::stderrLogfile));
        d.put("serverurl", p.serverurl().map(Object.class::cast).orElse("none"));
        return d;
    }

    private static void channel(Map<String, Object> d, String ch, ChannelLogConfig c, Optional<String> resolved) {
        d.put(ch + "_capture_maxbytes", (int) c.captureMaxbytes());
        d.put(ch + "_events_enabled", c.eventsEnabled());
        d.put(ch + "_logfile", resolved.filter(s -> !s.isEmpty()).map(Object.class::cast).orElseGet(() -> switch (c.file()) {
            case LogFile.Auto a -> "auto";
            case LogFile.Path path -> path.path();
            default -> "none";
        }));
        d.put(ch + "_logfile_backups", c.backups());
        d.put(ch + "_logfile_maxbytes", (int) c.maxbytes());
        d.put(ch + "_syslog", c.syslog());
    }
}
