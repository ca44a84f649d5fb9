package org.supervisorj.compat.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.supervisorj.server.config.ChannelLogConfig;
import org.supervisorj.server.config.Credentials;
import org.supervisorj.server.config.DeferredLogMessage;
import org.supervisorj.server.config.FcgiSocketConfig;
import org.supervisorj.server.config.GroupKind;
import org.supervisorj.server.config.InetHttpServerConfig;
import org.supervisorj.server.config.ProcessConfig;
import org.supervisorj.server.config.ProcessGroupConfig;
import org.supervisorj.server.config.RpcInterfaceConfig;
import org.supervisorj.server.config.SupervisorSection;
import org.supervisorj.server.config.SupervisordConfig;
import org.supervisorj.server.config.UnixHttpServerConfig;
import org.supervisorj.server.config.value.LogFile;

/** Writes our config model in the line shape config_reference.py prints for Python's ServerOptions. */
final class ConfigDump {
    private final List<String> lines = new ArrayList<>();

    private ConfigDump() {
    }

    static List<String> of(SupervisordConfig c) {
        ConfigDump d = new ConfigDump();
        d.dump(c);
        return d.lines;
    }

    private void out(String key, Object value) {
        lines.add(key + "=" + Json.of(value));
    }

    private static List<Object> list(Object... items) {
        return Arrays.asList(items);
    }

    private void dump(SupervisordConfig c) {
        SupervisorSection s = c.supervisord();
        out("supervisord.logfile", s.logfile() instanceof LogFile.Path p ? p.path() : "syslog");
        out("supervisord.logfile_maxbytes", s.logfileMaxbytes());
        out("supervisord.logfile_backups", s.logfileBackups());
        out("supervisord.loglevel", s.loglevel().number());
        out("supervisord.pidfile", s.pidfile().toString());
        out("supervisord.umask", s.umask());
        out("supervisord.nodaemon", s.nodaemon());
        out("supervisord.silent", s.silent());
        out("supervisord.minfds", s.minfds());
        out("supervisord.minprocs", s.minprocs());
        out("supervisord.nocleanup", s.nocleanup());
        out("supervisord.childlogdir", s.childlogdir().toString());
        out("supervisord.uid", s.user().map(u -> (Object) u.uid()).orElse(null));
        out("supervisord.directory", s.directory().map(Object::toString).orElse(null));
        out("supervisord.strip_ansi", s.stripAnsi());
        out("supervisord.environment", env(s.environment()));
        out("supervisord.identifier", s.identifier());
        int i = 0;
        for (InetHttpServerConfig h : c.inetHttpServers()) {
            out("inet[" + i++ + "]", list(h.section(), h.host(), h.port(), user(h.credentials().orElse(null)),
                    pass(h.credentials().orElse(null))));
        }
        i = 0;
        for (UnixHttpServerConfig u : c.unixHttpServers()) {
            List<Object> chown = u.chown().map(o -> list(o.uid(), o.gid())).orElse(list(-1, -1));
            out("unix[" + i++ + "]", list(u.section(), u.file().toString(), u.chmod(), chown,
                    user(u.credentials().orElse(null)), pass(u.credentials().orElse(null))));
        }
        i = 0;
        for (RpcInterfaceConfig r : c.rpcInterfaces()) {
            List<Object> extras = new TreeMap<>(r.params()).entrySet().stream()
                    .map(e -> (Object) list(e.getKey(), e.getValue())).toList();
            out("rpc[" + i++ + "]", list(r.name(), "supervisor.rpcinterface:make_main_rpcinterface", extras));
        }
        i = 0;
        for (ProcessGroupConfig g : c.groups()) {
            String kind = switch (g.kind()) {
                case PROGRAM, HETEROGENEOUS -> "program";
                case EVENTLISTENER -> "eventlistener";
                case FCGI -> "fcgi";
            };
            out("group[" + i + "]", list(g.name(), kind, g.priority()));
            if (g.kind() == GroupKind.EVENTLISTENER) {
                var l = g.listener().orElseThrow();
                out("group[" + i + "].listener", list(l.events().stream().sorted().toList(), l.bufferSize(),
                        "supervisor.dispatchers:default_handler"));
            }
            if (g.kind() == GroupKind.FCGI) {
                FcgiSocketConfig sc = g.fcgiSocket().orElseThrow();
                out("group[" + i + "].socket", list(sc.url(), sc.backlog(),
                        sc.owner().map(o -> (Object) list(o.uid(), o.gid())).orElse(null), sc.mode()));
            }
            int k = 0;
            for (ProcessConfig p : g.processes()) {
                String pre = "group[" + i + "].proc[" + k++ + "].";
                out(pre + "name", p.name());
                out(pre + "command", p.command());
                out(pre + "run", list(p.priority(), p.autostart(), p.autorestart().name().toLowerCase(), p.startsecs(),
                        p.startretries(), new ArrayList<Object>(p.exitcodes()), p.stopsignal().number(),
                        p.stopwaitsecs(), p.stopasgroup(), p.killasgroup()));
                out(pre + "setup", list(p.user().map(u -> (Object) u.uid()).orElse(null), p.directory().orElse(null),
                        p.umask().isPresent() ? p.umask().getAsInt() : null, p.redirectStderr(),
                        p.serverurl().orElse("AUTO")));
                out(pre + "stdout", channel(p.stdout()));
                out(pre + "stderr", channel(p.stderr()));
                Map<String, String> merged = new LinkedHashMap<>(s.environment());
                merged.putAll(p.environment());
                out(pre + "environment", env(merged));
            }
            i++;
        }
        for (DeferredLogMessage m : c.parseMessages()) {
            out("message", m.level().tag() + " " + m.text());
        }
    }

    private static List<Object> channel(ChannelLogConfig ch) {
        Object file = switch (ch.file()) {
            case LogFile.None n -> "none";
            case LogFile.Auto a -> "auto";
            case LogFile.Syslog s -> "syslog";
            case LogFile.Path p -> p.path();
        };
        return list(file, ch.maxbytes(), ch.backups(), ch.captureMaxbytes(), ch.eventsEnabled(), ch.syslog());
    }

    private static String user(Credentials c) {
        return c == null ? null : c.username();
    }

    private static String pass(Credentials c) {
        return c == null ? null : c.password();
    }

    private static String env(Map<String, String> env) {
        return new TreeMap<>(env).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }
}
