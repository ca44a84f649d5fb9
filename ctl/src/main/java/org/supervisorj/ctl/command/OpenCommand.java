package org.supervisorj.ctl.command;

final class OpenCommand implements Command {
    private final StatusCommand status = new StatusCommand();

    @Override
    public String name() {
        return "open";
    }

    @Override
    public boolean run(Controller ctl, String arg) throws Exception {
        String url = arg.strip();
        if (!(scheme(url).equals("unix") || scheme(url).equals("http"))) {
            ctl.output("ERROR: url must be http:// or unix://");
            ctl.exitStatus(ExitStatus.GENERIC);
            return false;
        }
        ctl.serverUrl(url);
        int before = ctl.exitStatus();
        status.run(ctl, "");
        ctl.exitStatus(before);
        return false;
    }

    /** urlparse's scheme: the lower-cased text before ':' if it is a valid scheme. */
    private static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0 || !Character.isLetter(url.charAt(0))) {
            return "";
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.') || c > 127) {
                return "";
            }
        }
        return url.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void help(Controller ctl) {
        ctl.output("open <url>\tConnect to a remote supervisord process.");
        ctl.output("\t\t(for UNIX domain socket, use unix:///socket/path)");
    }
}
