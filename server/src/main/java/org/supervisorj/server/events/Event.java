package org.supervisorj.server.events;

/** Something that happened, as Supervisor tells event listeners about it. */
public sealed interface Event
        permits ProcessStateEvent, ProcessOutputEvent, RemoteCommunicationEvent, SupervisorStateEvent,
                ProcessGroupEvent, TickEvent {

    EventType type();

    /** The text after the envelope header, exactly as Supervisor 4.2.5 writes it. */
    String payload();
}
