package org.supervisorj.server.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.supervisorj.server.config.value.Booleans;
import org.supervisorj.server.config.value.ByteSize;
import org.supervisorj.server.config.value.KeyValuePairs;
import org.supervisorj.server.config.value.LogLevel;
import org.supervisorj.server.config.value.Octal;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyInt;
import org.supervisorj.server.config.value.PyPaths;

/**
 * Reads {@code [supervisord]} in Supervisor's order (which decides which error is reported first). Every
 * option sees {@code here} and the OS environment as {@code ENV_*}; {@code environment} is expanded twice.
 */
final class SupervisordSectionReader {
    private static final String SECTION = "supervisord";

    /** The section as the file says it, before command-line values are applied. */
    record Raw(int minfds, int minprocs, Optional<String> directory, Optional<String> user, int umask, String logfile,
            long logfileMaxbytes, int logfileBackups, LogLevel loglevel, String pidfile, String identifier,
            boolean nodaemon, boolean silent, String childlogdir, boolean nocleanup, boolean stripAnsi,
            Map<String, String> environment) {
    }

    private SupervisordSectionReader() {
    }

    private interface Parser<T> {
        T parse(String value) throws org.supervisorj.server.config.value.InvalidValueException;
    }

    private static <T> T parse(Getter getter, String option, String def, Map<String, Object> names, Parser<T> parser)
            throws ConfigException {
        String value = getter.get(SECTION, option, def, names);
        return Checked.call(() -> parser.parse(value));
    }

    static Raw read(Getter getter, String here, String hostNodeName, PathContext context) throws ConfigException {
        Map<String, Object> names = Map.of("here", here);
        int minfds = parse(getter, "minfds", "1024", names, v -> PyInt.parseInt(v));
        int minprocs = parse(getter, "minprocs", "200", names, v -> PyInt.parseInt(v));
        String dir = getter.get(SECTION, "directory", null, names);
        Optional<String> directory = dir == null ? Optional.empty()
                : Optional.of(Checked.call(() -> PyPaths.existingDirectory(dir, context)));
        Optional<String> user = Optional.ofNullable(getter.get(SECTION, "user", null, names));
        int umask = parse(getter, "umask", "022", names, v -> Octal.parse(v));
        String logfile = parse(getter, "logfile", "supervisord.log", names, v -> PyPaths.existingDirpath(v, context));
        long maxbytes = parse(getter, "logfile_maxbytes", "50MB", names, v -> ByteSize.parse(v));
        int backups = parse(getter, "logfile_backups", "10", names, v -> PyInt.parseInt(v));
        LogLevel loglevel = parse(getter, "loglevel", "info", names, v -> LogLevel.parse(v));
        String pidfile = parse(getter, "pidfile", "supervisord.pid", names, v -> PyPaths.existingDirpath(v, context));
        String identifier = getter.get(SECTION, "identifier", "supervisor", names);
        boolean nodaemon = parse(getter, "nodaemon", "false", names, v -> Booleans.parse(v));
        boolean silent = parse(getter, "silent", "false", names, v -> Booleans.parse(v));
        String tempdir = TempDir.of(context);
        String childlogdir = parse(getter, "childlogdir", tempdir, names, v -> PyPaths.existingDirectory(v, context));
        boolean nocleanup = parse(getter, "nocleanup", "false", names, v -> Booleans.parse(v));
        boolean stripAnsi = parse(getter, "strip_ansi", "false", names, v -> Booleans.parse(v));
        // Supervisor quirk (spec §1.3.1): expanded twice, so a literal % needs %%%%. Kept.
        String environ = getter.get(SECTION, "environment", "", names);
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("here", here);
        second.put("host_node_name", hostNodeName);
        context.env().forEach((k, v) -> second.put("ENV_" + k, v));
        String expanded = Getter.expand(environ, second, "environment");
        Map<String, String> environment = Checked.call(() -> KeyValuePairs.parse(expanded));
        return new Raw(minfds, minprocs, directory, user, umask, logfile, maxbytes, backups, loglevel, pidfile,
                identifier, nodaemon, silent, childlogdir, nocleanup, stripAnsi, environment);
    }
}
