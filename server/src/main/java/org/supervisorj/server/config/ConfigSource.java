package org.supervisorj.server.config;

import java.nio.file.Path;
import java.util.Map;
import org.supervisorj.server.cli.SupervisordArgs;

/**
 * Where a config comes from: the command line, the environment and the startup directory. Keep one to
 * re-read the same configuration on SIGHUP or reloadConfig.
 */
public record ConfigSource(SupervisordArgs args, Map<String, String> env, Path cwd) {
    public ConfigSource {
        env = Maps.frozen(env);
    }

    public SupervisordConfig load() throws ConfigException {
        return ConfigLoader.load(args, env, cwd);
    }
}
