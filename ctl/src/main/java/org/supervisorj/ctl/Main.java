package org.supervisorj.ctl;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.supervisorj.ctl.cli.CommandLine;
import org.supervisorj.ctl.cli.UsageError;
import org.supervisorj.ctl.command.Controller;
import org.supervisorj.ctl.config.ClientSettings;
import org.supervisorj.ctl.config.ConfigError;
import org.supervisorj.ctl.config.ServerIniDialect;
import org.supervisorj.ctl.config.SettingsLoader;
import org.supervisorj.ctl.shell.Shell;

/** supervisorctl: the same command line, output and exit codes as Supervisor 4.2.5's. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs supervisorctl with {@code args} (without the program name) and returns its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // The launcher passes $0, which Python shows in usage hints and uses to search for the config.
        String argv0 = System.getProperty("supervisorj.argv0", "supervisorctl");
        ClientSettings settings;
        try {
            CommandLine cl = CommandLine.parse(Arrays.asList(args));
            if (cl.help()) {
                out.print(CommandLine.usageText(argv0));
                return 0;
            }
            settings = new SettingsLoader(new ServerIniDialect(), System.getenv(), Path.of("").toAbsolutePath())
                    .load(cl, argv0);
        } catch (UsageError e) {
            return usage(err, e.getMessage(), argv0);
        } catch (ConfigError e) {
            if (e.kind() == ConfigError.Kind.USAGE) {
                return usage(err, e.getMessage(), argv0);
            }
            // Python lets parser errors escape as a traceback; its last line is the message.
            err.print("configparser.ParsingError: " + e.getMessage() + "\n");
            return 1;
        }
        if (!settings.args().isEmpty()) {
            Controller ctl = new Controller(settings, out, err, Shell.plainConsole(System.in, out, err));
            ctl.onecmd(String.join(" ", settings.args()));
            return ctl.exitStatus();
        }
        try {
            if (Shell.onTerminal()) {
                Shell.runOnTerminal(settings, out, err);
            } else {
                var console = Shell.plainConsole(System.in, out, err);
                Shell.loop(new Controller(settings, out, err, console), console, settings.prompt() + "> ");
            }
        } catch (java.io.IOException e) {
            err.print("error: " + e.getMessage() + "\n");
        }
        // Python exits 0 from the shell whatever the commands' statuses.
        return 0;
    }

    private static int usage(PrintStream err, String message, String argv0) {
        err.print("Error: " + message + "\n");
        err.print("For help, use " + argv0 + " -h\n");
        return 2;
    }
}
