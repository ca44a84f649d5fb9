package org.supervisorj.ctl.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code getopt.getopt}: options stop at the first non-option argument or at {@code --};
 * long options may be abbreviated to a unique prefix. Error texts are Python's, which supervisorctl
 * shows after "Error: ".
 */
final class GetOpt {
    /** One parsed option: the name as Python reports it ({@code -s} or {@code --serverurl}), and its value. */
    record Opt(String name, String value) {
    }

    record Result(List<Opt> options, List<String> args) {
    }

    private GetOpt() {
    }

    /**
     * @param shortOpts Python's short-option string, e.g. {@code "hc:i"}
     * @param longOpts long options, {@code "name="} for those taking a value
     */
    static Result parse(List<String> argv, String shortOpts, List<String> longOpts) throws UsageError {
        List<Opt> opts = new ArrayList<>();
        int i = 0;
        while (i < argv.size() && argv.get(i).startsWith("-") && !argv.get(i).equals("-")) {
            String a = argv.get(i++);
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                String body = a.substring(2);
                String value = null;
                int eq = body.indexOf('=');
                if (eq >= 0) {
                    value = body.substring(eq + 1);
                    body = body.substring(0, eq);
                }
                String[] match = matchLong(body, longOpts);
                boolean hasArg = match[1] != null;
                if (hasArg && value == null) {
                    if (i >= argv.size()) {
                        throw new UsageError("option --" + match[0] + " requires argument");
                    }
                    value = argv.get(i++);
                } else if (!hasArg && value != null) {
                    throw new UsageError("option --" + match[0] + " must not have an argument");
                }
                opts.add(new Opt("--" + match[0], value == null ? "" : value));
            } else {
                String rest = a.substring(1);
                while (!rest.isEmpty()) {
                    char c = rest.charAt(0);
                    rest = rest.substring(1);
                    int at = shortOpts.indexOf(c);
                    if (at < 0 || c == ':') {
                        throw new UsageError("option -" + c + " not recognized");
                    }
                    boolean hasArg = at + 1 < shortOpts.length() && shortOpts.charAt(at + 1) == ':';
                    if (hasArg) {
                        if (rest.isEmpty()) {
                            if (i >= argv.size()) {
                                throw new UsageError("option -" + c + " requires argument");
                            }
                            rest = argv.get(i++);
                        }
                        opts.add(new Opt("-" + c, rest));
                        rest = "";
                    } else {
                        opts.add(new Opt("-" + c, ""));
                    }
                }
            }
        }
        return new Result(opts, List.copyOf(argv.subList(i, argv.size())));
    }

    /** Returns {name, "=" or null}. */
    private static String[] matchLong(String opt, List<String> longOpts) throws UsageError {
        List<String> possible = new ArrayList<>();
        for (String l : longOpts) {
            if (l.startsWith(opt)) {
                possible.add(l);
            }
        }
        if (possible.isEmpty()) {
            throw new UsageError("option --" + opt + " not recognized");
        }
        if (possible.contains(opt)) {
            return new String[] {opt, null};
        }
        if (possible.contains(opt + "=")) {
            return new String[] {opt, "="};
        }
        if (possible.size() > 1) {
            throw new UsageError("option --" + opt + " not a unique prefix");
        }
        String only = possible.get(0);
        return only.endsWith("=") ? new String[] {only.substring(0, only.length() - 1), "="} : new String[] {only, null};
    }
}
