package org.supervisorj.compat.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the reference supervisord and every Python client (supervisorctl, the scripts under
 * compat-tests/src/test/resources) run. The suites never see it: {@link Implementation} and
 * {@link RunningSupervisord} ask for it, so one suite serves both hosts.
 */
sealed interface ReferenceHost permits LocalReference, ContainerReference {

    /** A supervisord started for one scenario and the clients that talk to it. */
    record Launched(ServerHandle server, ClientRunner clients) {
    }

    /**
     * Starts {@code command} (a supervisord) in {@code dir} with its output in {@code out}. The reference
     * runs on this host; ours always runs on the machine, next to the JVM. {@code scenarioRoot} holds
     * {@code dir} and whatever else the test wrote for the scenario.
     */
    Launched launch(List<String> command, boolean reference, Path scenarioRoot, Path dir, Path out) throws IOException;

    /** The host chosen by -Dcompat.reference for this JVM; fails loudly when it is not available. */
    static ReferenceHost selected() {
        return ReferenceSelection.host();
    }
}
