package org.supervisorj.server.events;

/**
 * Judges the result a listener sent for an event (the {@code result_handler} of a pool).
 * Must not throw; an error is a verdict.
 */
@FunctionalInterface
public interface ResultHandler {
    enum Verdict {
        /** The event is done with. */
        ACCEPTED,
        /** The listener refused it; it goes back to the head of the pool's buffer. */
        REJECTED,
        /** The handler failed (Supervisor: an exception other than RejectEvent); the listener turns UNKNOWN. */
        ERROR
    }

    Verdict judge(byte[] result);

    /** supervisor.dispatchers:default_handler: exactly {@code OK} accepts, anything else rejects. */
    ResultHandler DEFAULT = result -> result.length == 2 && result[0] == 'O' && result[1] == 'K'
            ? Verdict.ACCEPTED : Verdict.REJECTED;
}
