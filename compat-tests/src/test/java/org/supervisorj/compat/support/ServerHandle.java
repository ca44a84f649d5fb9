package org.supervisorj.compat.support;

import java.io.IOException;

/** A running supervisord, whether a child of this JVM or the main process of a container. */
sealed interface ServerHandle permits HostServer, ContainerSession {

    boolean isAlive();

    /** How it ended, for a failure message; only meaningful once {@link #isAlive()} is false. */
    String exitDescription();

    /** Sends a signal by name (TERM, HUP, USR2, ...) to supervisord itself. */
    void signal(String name) throws IOException;

    /** SIGTERM, wait for the orderly stop, then make sure nothing is left behind. */
    void stop() throws InterruptedException;
}
