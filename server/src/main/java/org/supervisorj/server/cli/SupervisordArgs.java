package org.supervisorj.server.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.supervisorj.server.config.value.ByteSize;
import org.supervisorj.server.config.value.InvalidValueException;
import org.supervisorj.server.config.value.LogLevel;
import org.supervisorj.server.config.value.Octal;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.config.value.PyInt;
import org.supervisorj.server.config.value.PyPaths;
import org.supervisorj.server.text.PyRepr;

/**
 * supervisord 4.2.5's command line. Values given here beat the config file's. Paths are validated as
 * Supervisor does at parse time ({@code -d}, {@code -q}: existing directory; {@code -l}, {@code -j}: existing
 * parent) and kept {@code ~}-expanded but otherwise as given; {@code -u} is looked up only after the config
 * was read.
 *
 * @param progname       argv[0], for "For help, use <progname> -h" and the default config search
 * @param action         {@link Action#HELP} / {@link Action#VERSION}: print and exit 0 instead of running
 */
public record SupervisordArgs(String progname, Action action, Optional<String> configFile, boolean nodaemon,
        Optional<String> user, OptionalInt umask, Optional<String> directory, Optional<String> logfile,
        OptionalLong logfileMaxbytes, OptionalInt logfileBackups, Optional<LogLevel> loglevel, Optional<String> pidfile,
        Optional<String> identifier, Optional<String> childlogdir, OptionalInt minfds, OptionalInt minprocs,
        boolean nocleanup, boolean stripAnsi, boolean silent, Optional<String> profileOptions) {

    public enum Action { RUN, HELP, VERSION }

    public static final String VERSION = "4.2.5";

    private static final String SHORT = "h?c:vnu:m:d:l:y:z:e:j:i:q:a:kts";
    private static final List<String> LONG = List.of("help", "configuration=", "version", "nodaemon", "user=",
            "umask=", "directory=", "logfile=", "logfile_maxbytes=", "logfile_backups=", "loglevel=", "pidfile=",
            "identifier=", "childlogdir=", "minfds=", "minprocs=", "nocleanup", "strip_ansi", "profile_options=",
            "silent");
    // option -> attribute, as Supervisor maps short and long forms onto one name (for "conflicting" checks)
    private static final Map<String, String> ATTRIBUTE = Map.ofEntries(
            Map.entry("-c", "configfile"), Map.entry("--configuration", "configfile"),
            Map.entry("-n", "nodaemon"), Map.entry("--nodaemon", "nodaemon"),
            Map.entry("-u", "user"), Map.entry("--user", "user"),
            Map.entry("-m", "umask"), Map.entry("--umask", "umask"),
            Map.entry("-d", "directory"), Map.entry("--directory", "directory"),
            Map.entry("-l", "logfile"), Map.entry("--logfile", "logfile"),
            Map.entry("-y", "logfile_maxbytes"), Map.entry("--logfile_maxbytes", "logfile_maxbytes"),
            Map.entry("-z", "logfile_backups"), Map.entry("--logfile_backups", "logfile_backups"),
            Map.entry("-e", "loglevel"), Map.entry("--loglevel", "loglevel"),
            Map.entry("-j", "pidfile"), Map.entry("--pidfile", "pidfile"),
            Map.entry("-i", "identifier"), Map.entry("--identifier", "identifier"),
            Map.entry("-q", "childlogdir"), Map.entry("--childlogdir", "childlogdir"),
            Map.entry("-a", "minfds"), Map.entry("--minfds", "minfds"),
            Map.entry("--minprocs", "minprocs"),
            Map.entry("-k", "nocleanup"), Map.entry("--nocleanup", "nocleanup"),
            Map.entry("-t", "strip_ansi"), Map.entry("--strip_ansi", "strip_ansi"),
            Map.entry("--profile_options", "profile_options"),
            Map.entry("-s", "silent"), Map.entry("--silent", "silent"));

    /** Parses {@code argv} (without argv[0]); errors carry Supervisor's exact text. */
    public static SupervisordArgs parse(String progname, List<String> argv, PathContext context) throws UsageException {
        Getopt.Result parsed = Getopt.parse(argv, SHORT, LONG);
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("positional arguments are not supported: " + pyList(parsed.positional()));
        }
        Builder b = new Builder(progname);
        Set<String> seen = new HashSet<>();
        for (Getopt.Opt opt : parsed.opts()) {
            switch (opt.name()) {
                case "-h", "-?", "--help" -> {
                    return b.action(Action.HELP);
                }
                case "-v", "--version" -> {
                    return b.action(Action.VERSION);
                }
                default -> {
                }
            }
            String attribute = ATTRIBUTE.get(opt.name());
            Object value;
            try {
                value = convert(attribute, opt.arg(), context);
            } catch (InvalidValueException e) {
                throw new UsageException("invalid value for " + opt.name() + " " + PyRepr.of(opt.arg()) + ": "
                        + e.getMessage());
            }
            if (!seen.add(attribute)) {
                throw new UsageException("conflicting command line option " + PyRepr.of(opt.name()));
            }
            b.set(attribute, value);
        }
        return b.action(Action.RUN);
    }

    private static Object convert(String attribute, String arg, PathContext context) throws InvalidValueException {
        return switch (attribute) {
            case "nodaemon", "nocleanup", "strip_ansi", "silent" -> Boolean.TRUE;
            case "umask" -> Octal.parse(arg);
            case "directory", "childlogdir" -> PyPaths.existingDirectory(arg, context);
            case "logfile", "pidfile" -> PyPaths.existingDirpath(arg, context);
            case "logfile_maxbytes" -> ByteSize.parse(arg);
            case "logfile_backups", "minfds", "minprocs" -> PyInt.parseInt(arg);
            case "loglevel" -> LogLevel.parse(arg);
            default -> arg; // configfile, user, identifier, profile_options
        };
    }

    private static String pyList(List<String> items) {
        return "[" + String.join(", ", items.stream().map(PyRepr::of).toList()) + "]";
    }

    /** Collects values by Supervisor's attribute names. */
    private static final class Builder {
        private final String progname;
        private final Map<String, Object> values = new java.util.HashMap<>();

        Builder(String progname) {
            this.progname = progname;
        }

        void set(String attribute, Object value) {
            values.put(attribute, value);
        }

        private Optional<String> str(String k) {
            return Optional.ofNullable((String) values.get(k));
        }

        private OptionalInt num(String k) {
            return values.containsKey(k) ? OptionalInt.of((Integer) values.get(k)) : OptionalInt.empty();
        }

        private boolean flag(String k) {
            return values.containsKey(k);
        }

        SupervisordArgs action(Action action) {
            return new SupervisordArgs(progname, action, str("configfile"), flag("nodaemon"), str("user"), num("umask"),
                    str("directory"), str("logfile"),
                    values.containsKey("logfile_maxbytes") ? OptionalLong.of((Long) values.get("logfile_maxbytes"))
                            : OptionalLong.empty(),
                    num("logfile_backups"), Optional.ofNullable((LogLevel) values.get("loglevel")), str("pidfile"),
                    str("identifier"), str("childlogdir"), num("minfds"), num("minprocs"), flag("nocleanup"),
                    flag("strip_ansi"), flag("silent"), str("profile_options"));
        }
    }

    /** Arguments for running with only a config file, as tests and tools need. */
    public static SupervisordArgs ofConfig(String progname, String configFile) {
        return new SupervisordArgs(progname, Action.RUN, Optional.of(configFile), false, Optional.empty(),
                OptionalInt.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), false, false, false, Optional.empty());
    }
}
