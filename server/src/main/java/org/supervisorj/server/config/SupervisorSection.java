package org.supervisorj.server.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.supervisorj.server.config.value.LogFile;
import org.supervisorj.server.config.value.LogLevel;
import org.supervisorj.server.config.value.UserSpec;

/**
 * The resolved {@code [supervisord]} section, command-line values applied.
 *
 * @param logfile     an absolute {@link LogFile.Path} or {@link LogFile#SYSLOG}
 * @param pidfile     absolute
 * @param umask       applied only when daemonizing
 * @param childlogdir as configured after {@code ~} expansion (not made absolute, like Supervisor)
 * @param directory   chdir target when daemonizing, {@code ~}-expanded
 * @param environment merged under every program's environment
 */
public record SupervisorSection(LogFile logfile, long logfileMaxbytes, int logfileBackups, LogLevel loglevel, Path pidfile,
        int umask, boolean nodaemon, boolean silent, int minfds, int minprocs, boolean nocleanup, Path childlogdir,
        Optional<UserSpec> user, Optional<Path> directory, boolean stripAnsi, Map<String, String> environment,
        String identifier) {

    public SupervisorSection {
        environment = Maps.frozen(environment);
    }
}
