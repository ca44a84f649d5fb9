package org.supervisorj.server.process;

import java.io.IOException;

import org.supervisorj.server.events.Envelope;
import org.supervisorj.server.events.ListenerProtocol;
import org.supervisorj.server.events.ListenerState;
import org.supervisorj.server.events.ResultHandler;
import org.supervisorj.server.log.Level;
import org.supervisorj.server.log.MainLog;

/**
 * One member of a listener pool: its {@link ListenerProtocol}, the event it holds while BUSY, and the
 * activity-log lines Supervisor writes about it. Engine-thread confined.
 */
final class ListenerProcess implements ListenerProtocol.Reactions {
    private final ManagedProcess process;
    private final ListenerPool pool;
    private final MainLog log;
    private final ListenerProtocol protocol;
    private ListenerPool.Buffered inHand;
    /** False between an exit and the next spawn: late output of a dead child is not protocol input. */
    private boolean reading;

    ListenerProcess(ManagedProcess process, ListenerPool pool, ResultHandler handler, MainLog log) {
        this.process = process;
        this.pool = pool;
        this.log = log;
        this.protocol = new ListenerProtocol(handler, this);
    }

    ListenerState listenerState() {
        return protocol.state();
    }

    /** Supervisor's test: the process is RUNNING (not STARTING) and the listener said READY. */
    boolean canTakeEvent() {
        return process.state() == ProcessState.RUNNING && protocol.state() == ListenerState.READY;
    }

    /** Writes the event to the listener's stdin; false (state unchanged) when the pipe is gone. */
    boolean send(ListenerPool.Buffered event, Envelope envelope) {
        try {
            process.writeStdin(envelope.bytes());
        } catch (IOException e) {
            log.log(Level.DEBG, "epipe occurred while sending event " + event.serial() + " to listener "
                    + process.name() + ", listener state unchanged");
            return false;
        }
        protocol.sent();
        inHand = event;
        log.log(Level.DEBG, "event " + event.serial() + " sent to listener " + process.name());
        return true;
    }

    /** Output on the listener's stdout, hopped onto the engine thread. */
    void stdout(byte[] data, int pid) {
        if (!reading || pid != 0 && pid != process.pid()) {
            return;
        }
        protocol.feed(data);
        // Only once the whole chunk is read: "READY\n" followed by more bytes is a violation, not a
        // reply to an event sent in between (Supervisor reads a chunk, then dispatches in its next pass).
        if (protocol.state() == ListenerState.READY) {
            pool.dispatch();
        }
    }

    /** The state-change hook of the member's {@link ManagedProcess}, called before the state event goes out. */
    void processMoved(ProcessState from, ProcessState to) {
        switch (to) {
            case STARTING -> {
                protocol.restart();
                reading = true;
            }
            case RUNNING -> pool.dispatch();
            case EXITED, STOPPED, BACKOFF, FATAL -> {
                reading = false;
                // A listener that dies holding an event gives it back. This runs before the state event is
                // published, so the given-back event stays ahead of it in the buffer, as in 4.2.5.
                giveBack();
            }
            default -> {
            }
        }
    }

    @Override
    public void changed(ListenerState from, ListenerState to) {
        log.log(Level.DEBG, process.name() + ": " + from + " -> " + to);
        if (to == ListenerState.UNKNOWN) {
            log.log(Level.WARN, process.name() + ": has entered the UNKNOWN state and will no longer receive events, "
                    + "this usually indicates the process violated the eventlistener protocol");
        }
    }

    @Override
    public void badResultLine(String line) {
        log.log(Level.WARN, process.name() + ": bad result line: '" + line + "'");
    }

    @Override
    public void processed() {
        inHand = null;
        log.log(Level.DEBG, process.name() + ": event was processed");
    }

    @Override
    public void rejected() {
        log.log(Level.WARN, process.name() + ": event was rejected");
    }

    @Override
    public void handlerFailed() {
        log.log(Level.WARN, process.name() + ": event caused an error");
    }

    @Override
    public void giveBack() {
        ListenerPool.Buffered event = inHand;
        inHand = null;
        if (event != null) {
            pool.giveBack(event);
        }
    }
}
