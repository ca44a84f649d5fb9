package org.supervisorj.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.supervisorj.server.cli.SupervisordArgs;
import org.supervisorj.server.cli.Usage;
import org.supervisorj.server.cli.UsageException;
import org.supervisorj.server.config.ConfigException;
import org.supervisorj.server.config.ConfigLoader;
import org.supervisorj.server.config.SupervisordConfig;
import org.supervisorj.server.config.value.PathContext;
import org.supervisorj.server.daemon.Daemonizer;

/** Entry point of supervisord: command line in, exit status out (2 for any usage or config error). */
public final class Main {
    static final String JVM_SUSPEND_SIGNAL = "_JAVA_SR_SIGNUM";

    private Main() {
    }

    public static void main(String[] argv) {
        System.exit(run(argv, System.out, System.err));
    }

    static int run(String[] argv, PrintStream out, PrintStream err) {
        String progname = System.getProperty("supervisorj.argv0", "supervisord");
        Map<String, String> env = new HashMap<>(System.getenv());
        // The launcher's setting for the JVM (see scripts/supervisord), not part of what supervisord
        // passes on to its children or expands in its config.
        env.remove(JVM_SUSPEND_SIGNAL);
        Path cwd = Path.of("").toAbsolutePath();
        SupervisordArgs args;
        SupervisordConfig config;
        try {
            args = SupervisordArgs.parse(progname, Arrays.asList(argv), new PathContext(env, cwd));
            switch (args.action()) {
                case HELP -> {
                    out.print(Usage.text(progname));
                    return 0;
                }
                case VERSION -> {
                    out.println(Versions.SUPERVISOR);
                    return 0;
                }
                case RUN -> {
                }
            }
            config = ConfigLoader.load(args, env, cwd, err::println);
        } catch (UsageException | ConfigException e) {
            err.print("Error: " + e.getMessage() + "\nFor help, use " + progname + " -h\n");
            return 2;
        }
        if (!config.supervisord().nodaemon() && !Daemonizer.isDaemonChild()) {
            return Daemonizer.detach(argv, config, err);
        }
        try {
            return new Supervisord(args, config, env, cwd, err).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
