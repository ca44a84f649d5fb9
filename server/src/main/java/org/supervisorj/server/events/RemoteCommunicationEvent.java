package org.supervisorj.server.events;

/** REMOTE_COMMUNICATION, raised by the sendRemoteCommEvent RPC. */
public record RemoteCommunicationEvent(String commType, String data) implements Event {
    @Override
    public EventType type() {
        return EventType.REMOTE_COMMUNICATION;
    }

    @Override
    public String payload() {
        return "type:" + commType + "\n" + data;
    }
}
