package org.supervisorj.ctl.command;

import java.io.IOException;
import java.util.Locale;

/** The y/N questions of shutdown and reload in the shell. */
final class Confirm {
    private Confirm() {
    }

    static boolean yes(Controller ctl, String question) throws IOException {
        return ctl.console().readLine(question).toLowerCase(Locale.ROOT).startsWith("y");
    }
}
