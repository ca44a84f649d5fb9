package org.supervisorj.ctl.cli;

import java.util.List;

import org.supervisorj.server.cli.Getopt;
import org.supervisorj.server.cli.UsageException;
import org.supervisorj.server.text.PyRepr;

/**
 * supervisorctl's command line, before the config file is read. A null field was not given.
 *
 * @param help {@code -h}/{@code -?} was given: print {@link #usageText} and exit 0
 * @param args the action and its arguments (empty: start the shell)
 */
public record CommandLine(boolean help, String configFile, String serverUrl, String username, String password,
                          boolean interactive, String historyFile, List<String> args) {

    private static final String SHORT = "h?c:is:u:p:r:";
    private static final List<String> LONG = List.of("help", "configuration=", "interactive", "serverurl=",
            "username=", "password=", "history_file=");

    public static CommandLine parse(List<String> argv) throws UsageError {
        Getopt.Result r;
        try {
            r = Getopt.parse(argv, SHORT, LONG);
        } catch (UsageException e) {
            throw new UsageError(e.getMessage());
        }
        boolean help = false;
        String config = null;
        String url = null;
        String user = null;
        String pass = null;
        Boolean interactive = null;
        String history = null;
        for (Getopt.Opt o : r.opts()) {
            switch (o.name()) {
                case "-h", "-?", "--help" -> {
                    // Python's help handler exits at once, before later options are looked at.
                    return new CommandLine(true, null, null, null, null, false, null, List.of());
                }
                case "-c", "--configuration" -> config = once(config, o);
                case "-i", "--interactive" -> {
                    if (interactive != null) {
                        throw conflict(o);
                    }
                    interactive = true;
                }
                case "-s", "--serverurl" -> {
                    checkUrl(o);
                    url = once(url, o);
                }
                case "-u", "--username" -> user = once(user, o);
                case "-p", "--password" -> pass = once(pass, o);
                case "-r", "--history_file" -> history = once(history, o);
                default -> throw new IllegalStateException("unhandled option " + o.name());
            }
        }
        return new CommandLine(help, config, url, user, pass, interactive != null, history, r.positional());
    }

    public static String usageText(String progname) {
        return Usage.text(progname);
    }

    private static String once(String current, Getopt.Opt o) throws UsageError {
        if (current != null) {
            throw conflict(o);
        }
        return o.arg();
    }

    private static UsageError conflict(Getopt.Opt o) {
        return new UsageError("conflicting command line option " + PyRepr.of(o.name()));
    }

    /** Supervisor's {@code datatypes.url}: a scheme plus a netloc or a path, as urlparse splits them. */
    private static void checkUrl(Getopt.Opt o) throws UsageError {
        String v = o.arg();
        int colon = v.indexOf(':');
        boolean ok = false;
        if (colon > 0 && isAsciiLetter(v.charAt(0))) {
            boolean schemeOk = true;
            for (int i = 0; i < colon; i++) {
                char c = v.charAt(i);
                if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
                    schemeOk = false;
                    break;
                }
            }
            if (schemeOk) {
                String rest = v.substring(colon + 1);
                int cut = indexOfAny(rest, "?#");
                String beforeQuery = cut < 0 ? rest : rest.substring(0, cut);
                ok = !beforeQuery.isEmpty() && !beforeQuery.equals("//");
            }
        }
        if (!ok) {
            throw new UsageError("invalid value for " + o.name() + " " + PyRepr.of(v)
                    + ": value " + PyRepr.of(v) + " is not a URL");
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
