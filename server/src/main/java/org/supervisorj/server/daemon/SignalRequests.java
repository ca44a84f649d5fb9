package org.supervisorj.server.daemon;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import sun.misc.Signal;

/**
 * Turns the signals supervisord reacts to (TERM, INT, QUIT, HUP, USR2) into requests on a queue
 * that the main thread takes one at a time, as Supervisor handles one signal per loop pass.
 */
public final class SignalRequests {
    /** What a signal asks supervisord to do. */
    public enum Request {
        SHUTDOWN, RESTART, REOPEN_LOGS
    }

    /** A request and the name of the signal that made it, for the log line. */
    public record Received(Request request, String signalName) {
    }

    private final BlockingQueue<Received> queue = new LinkedBlockingQueue<>();

    public void install() {
        for (String name : new String[] {"TERM", "INT", "QUIT"}) {
            try {
                Signal.handle(new Signal(name), s -> queue.add(new Received(Request.SHUTDOWN, "SIG" + name)));
            } catch (IllegalArgumentException e) {
                // The JVM keeps SIGQUIT for thread dumps unless started with -Xrs (the launcher passes it).
            }
        }
        Signal.handle(new Signal("HUP"), s -> queue.add(new Received(Request.RESTART, "SIGHUP")));
        Signal.handle(new Signal("USR2"), s -> queue.add(new Received(Request.REOPEN_LOGS, "SIGUSR2")));
    }

    /** Requests that do not come from a signal (the shutdown and restart RPCs) use the same queue. */
    public void post(Request request) {
        queue.add(new Received(request, null));
    }

    public Received take() throws InterruptedException {
        return queue.take();
    }
}
