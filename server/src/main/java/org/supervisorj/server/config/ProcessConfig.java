package org.supervisorj.server.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.supervisorj.server.config.value.AutoRestart;
import org.supervisorj.server.config.value.Signal;
import org.supervisorj.server.config.value.UserSpec;

/**
 * One process as configured (one per process_num of a program-type section).
 *
 * @param groupName   the [group:x] name if the program is listed in one, else the program name
 * @param section     e.g. "program:web"
 * @param command     expanded, not yet split (split with POSIX shlex at spawn time)
 * @param directory   expanded, not validated (a bad one fails at spawn)
 * @param environment the program's own {@code environment=}, expanded; merge it over
 *                    {@link SupervisorSection#environment()} when spawning
 * @param serverurl   empty means AUTO (computed from the HTTP servers)
 */
public record ProcessConfig(String name, String groupName, String section, String command, int priority,
        boolean autostart, AutoRestart autorestart, int startsecs, int startretries, List<Integer> exitcodes,
        Signal stopsignal, int stopwaitsecs, boolean stopasgroup, boolean killasgroup, Optional<UserSpec> user,
        Optional<String> directory, OptionalInt umask, boolean redirectStderr, ChannelLogConfig stdout,
        ChannelLogConfig stderr, Map<String, String> environment, Optional<String> serverurl) {

    public ProcessConfig {
        exitcodes = List.copyOf(exitcodes);
        environment = Maps.frozen(environment);
    }

    /** Supervisor's namespec: the bare name when it equals the group name, else "group:name". */
    public String namespec() {
        return groupName.equals(name) ? name : groupName + ":" + name;
    }
}
