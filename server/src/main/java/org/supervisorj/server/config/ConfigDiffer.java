package org.supervisorj.server.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supervisorj.server.config.value.LogFile;

/** Supervisor's diff_to_active over two configs, with its equality rules for groups and processes. */
final class ConfigDiffer {
    private ConfigDiffer() {
    }

    static ConfigDiff diff(SupervisordConfig current, SupervisordConfig newer) {
        Map<String, ProcessGroupConfig> cur = byName(current.groups());
        Map<String, ProcessGroupConfig> neu = byName(newer.groups());
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (ProcessGroupConfig g : newer.groups()) {
            ProcessGroupConfig old = cur.get(g.name());
            if (old == null) {
                added.add(g.name());
            } else if (!sameGroup(old, current, g, newer)) {
                changed.add(g.name());
            }
        }
        for (ProcessGroupConfig g : current.groups()) {
            if (!neu.containsKey(g.name())) {
                removed.add(g.name());
            }
        }
        return new ConfigDiff(added, changed, removed);
    }

    private static Map<String, ProcessGroupConfig> byName(List<ProcessGroupConfig> groups) {
        Map<String, ProcessGroupConfig> m = new LinkedHashMap<>();
        groups.forEach(g -> m.put(g.name(), g));
        return m;
    }

    private static boolean sameGroup(ProcessGroupConfig a, SupervisordConfig ca, ProcessGroupConfig b, SupervisordConfig cb) {
        if (a.kind() != b.kind() || a.priority() != b.priority() || a.processes().size() != b.processes().size()) {
            return false;
        }
        if (a.listener().isPresent() && b.listener().isPresent()) {
            EventListenerConfig la = a.listener().get();
            EventListenerConfig lb = b.listener().get();
            // Python compares the event lists built from sets; treat them as sets.
            if (la.bufferSize() != lb.bufferSize() || !la.resultHandler().equals(lb.resultHandler())
                    || !new HashSet<>(la.events()).equals(new HashSet<>(lb.events()))) {
                return false;
            }
        }
        if (a.fcgiSocket().isPresent() && b.fcgiSocket().isPresent()
                && !a.fcgiSocket().get().url().equals(b.fcgiSocket().get().url())) {
            return false; // Python's SocketConfig equality looks at the URL only
        }
        for (int i = 0; i < a.processes().size(); i++) {
            if (!sameProcess(a.processes().get(i), ca, b.processes().get(i), cb)) {
                return false;
            }
        }
        return true;
    }

    /**
     * ProcessConfig.__eq__: every option except group and section; the environment compared is the merged
     * one (supervisord's under the program's). Supervisor quirk (options.py ProcessConfig.__eq__): a log file
     * that is AUTO on either side is not compared, so AUTO to a path is no change. Kept.
     */
    static boolean sameProcess(ProcessConfig a, SupervisordConfig ca, ProcessConfig b, SupervisordConfig cb) {
        return a.name().equals(b.name()) && a.command().equals(b.command()) && a.priority() == b.priority()
                && a.autostart() == b.autostart() && a.autorestart() == b.autorestart()
                && a.startsecs() == b.startsecs() && a.startretries() == b.startretries()
                && a.exitcodes().equals(b.exitcodes()) && a.stopsignal() == b.stopsignal()
                && a.stopwaitsecs() == b.stopwaitsecs() && a.stopasgroup() == b.stopasgroup()
                && a.killasgroup() == b.killasgroup()
                && Objects.equals(a.user().map(u -> u.uid()), b.user().map(u -> u.uid()))
                && a.directory().equals(b.directory()) && a.umask().equals(b.umask())
                && a.redirectStderr() == b.redirectStderr() && sameChannel(a.stdout(), b.stdout())
                && sameChannel(a.stderr(), b.stderr()) && a.serverurl().equals(b.serverurl())
                && merged(ca, a).equals(merged(cb, b));
    }

    private static boolean sameChannel(ChannelLogConfig a, ChannelLogConfig b) {
        boolean auto = a.file() instanceof LogFile.Auto || b.file() instanceof LogFile.Auto;
        return (auto || a.file().equals(b.file())) && a.maxbytes() == b.maxbytes() && a.backups() == b.backups()
                && a.captureMaxbytes() == b.captureMaxbytes() && a.eventsEnabled() == b.eventsEnabled()
                && a.syslog() == b.syslog();
    }

    private static Map<String, String> merged(SupervisordConfig c, ProcessConfig p) {
        Map<String, String> env = new LinkedHashMap<>(c.supervisord().environment());
        env.putAll(p.environment());
        return env;
    }
}
