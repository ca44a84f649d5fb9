package org.supervisorj.server.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code getopt.getopt}: short options may be clustered ("-nc x", "-cx"), long options may be
 * abbreviated to a unique prefix, and parsing stops at the first non-option (or after "--"). Shared by
 * supervisord and supervisorctl; the exception's message is Python's GetoptError text.
 */
public final class Getopt {
    /** One parsed option: "-c" or "--configuration" (the full long name), and its argument ("" for flags). */
    public record Opt(String name, String arg) {
    }

    public record Result(List<Opt> opts, List<String> positional) {
    }

    private Getopt() {
    }

    /**
     * @param shortopts Python's short-option string, e.g. {@code "hc:i"}
     * @param longopts long options, {@code "name="} for those taking a value
     */
    public static Result parse(List<String> argv, String shortopts, List<String> longopts) throws UsageException {
        List<Opt> opts = new ArrayList<>();
        int i = 0;
        while (i < argv.size() && argv.get(i).startsWith("-") && !argv.get(i).equals("-")) {
            String a = argv.get(i++);
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                String opt = a.substring(2);
                String optarg = null;
                int eq = opt.indexOf('=');
                if (eq >= 0) {
                    optarg = opt.substring(eq + 1);
                    opt = opt.substring(0, eq);
                }
                String[] match = longHasArgs(opt, longopts);
                boolean hasArg = match[0] != null;
                opt = match[1];
                if (hasArg) {
                    if (optarg == null) {
                        if (i >= argv.size()) {
                            throw new UsageException("option --" + opt + " requires argument");
                        }
                        optarg = argv.get(i++);
                    }
                } else if (optarg != null) {
                    throw new UsageException("option --" + opt + " must not have an argument");
                }
                opts.add(new Opt("--" + opt, optarg == null ? "" : optarg));
            } else {
                String optstring = a.substring(1);
                while (!optstring.isEmpty()) {
                    String opt = optstring.substring(0, 1);
                    optstring = optstring.substring(1);
                    String optarg = "";
                    if (shortHasArg(opt.charAt(0), shortopts)) {
                        if (optstring.isEmpty()) {
                            if (i >= argv.size()) {
                                throw new UsageException("option -" + opt + " requires argument");
                            }
                            optstring = argv.get(i++);
                        }
                        optarg = optstring;
                        optstring = "";
                    }
                    opts.add(new Opt("-" + opt, optarg));
                }
            }
        }
        return new Result(opts, List.copyOf(argv.subList(i, argv.size())));
    }

    /** {hasArg ? "" : null, full name}. */
    private static String[] longHasArgs(String opt, List<String> longopts) throws UsageException {
        List<String> possible = longopts.stream().filter(o -> o.startsWith(opt)).toList();
        if (possible.isEmpty()) {
            throw new UsageException("option --" + opt + " not recognized");
        }
        if (possible.contains(opt)) {
            return new String[] {null, opt};
        }
        if (possible.contains(opt + "=")) {
            return new String[] {"", opt};
        }
        if (possible.size() > 1) {
            throw new UsageException("option --" + opt + " not a unique prefix");
        }
        String unique = possible.getFirst();
        return unique.endsWith("=") ? new String[] {"", unique.substring(0, unique.length() - 1)}
                : new String[] {null, unique};
    }

    private static boolean shortHasArg(char opt, String shortopts) throws UsageException {
        for (int i = 0; i < shortopts.length(); i++) {
            if (opt == shortopts.charAt(i) && opt != ':') {
                return i + 1 < shortopts.length() && shortopts.charAt(i + 1) == ':';
            }
        }
        throw new UsageException("option -" + opt + " not recognized");
    }
}
