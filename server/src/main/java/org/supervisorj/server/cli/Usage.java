package org.supervisorj.server.cli;

/** The text printed for {@code -h}: the same options as supervisord 4.2.5, in our own words. */
public final class Usage {
    private Usage() {
    }

    public static String text(String progname) {
        return """
                supervisord -- runs and watches a set of processes, as Supervisor 4.2.5 does.

                Usage: %s [options]

                Options:
                -c/--configuration FILENAME -- the config file to read
                -n/--nodaemon -- stay in the foreground
                -s/--silent -- with -n, do not copy the log to stdout
                -h/--help -- show this text and exit
                -v/--version -- show the Supervisor version this implements and exit
                -u/--user USER -- run as this user (or numeric uid)
                -m/--umask UMASK -- umask of the daemon (octal, e.g. 022)
                -d/--directory DIRECTORY -- directory to change to when daemonizing
                -l/--logfile FILENAME -- the main activity log
                -y/--logfile_maxbytes BYTES -- rotate the main log at this size (e.g. 50MB)
                -z/--logfile_backups NUM -- number of rotated main logs to keep
                -e/--loglevel LEVEL -- critical, error, warn, info, debug, trace or blather
                -j/--pidfile FILENAME -- where to write the daemon's pid
                -i/--identifier STR -- identifier of this supervisor instance
                -q/--childlogdir DIRECTORY -- directory for AUTO child log files
                -k/--nocleanup -- do not remove old AUTO child logs at startup
                -a/--minfds NUM -- file descriptors that must be available before starting
                -t/--strip_ansi -- strip ANSI escape sequences from child output
                --minprocs NUM -- processes that must be available before starting
                --profile_options OPTIONS -- accepted for compatibility; profiling is not supported
                """.formatted(progname);
    }
}
