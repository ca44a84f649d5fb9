package org.supervisorj.ctl.command;

import org.supervisorj.ctl.client.LogTail;
import org.supervisorj.ctl.client.ServerUrl;

/** {@code tail -f} and {@code maintail -f}: stream a log endpoint until the server ends it or Ctrl-C. */
final class TailFollow {
    private TailFollow() {
    }

    static void follow(Controller ctl, String path) throws Exception {
        ctl.output("==> Press Ctrl-C to exit <==");
        LogTail tail = new LogTail(ServerUrl.parse(ctl.serverUrl()), ctl.credentials(), path);
        boolean[] interrupted = {false};
        ctl.console().interruptibly(() -> {
            interrupted[0] = true;
            tail.close();
        }, () -> tail.pump(ctl.out(), ctl.err()));
        if (interrupted[0]) {
            ctl.output("");
        }
    }
}
