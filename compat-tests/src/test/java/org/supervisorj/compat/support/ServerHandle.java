package org.supervisorj.compat.support;

/** A running supervisord, whether a child of this JVM or the main process of a container. */
sealed interface ServerHandle permits HostServer, ContainerSession {

    boolean isAlive();

    /** How it ended, for a failure message; only meaningful once {@link #isAlive()} is false. */
    String exitDescription();

    /** SIGTERM, wait for the orderly stop, then make sure nothing is left behind. */
    void stop() throws InterruptedException;
}
