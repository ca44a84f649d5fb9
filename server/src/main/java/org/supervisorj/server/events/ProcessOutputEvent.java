package org.supervisorj.server.events;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

import org.supervisorj.server.text.PyRepr;

/**
 * PROCESS_LOG_STDOUT/STDERR (one per chunk read from the child) and
 * PROCESS_COMMUNICATION_STDOUT/STDERR (one per captured BEGIN..END block).
 */
public record ProcessOutputEvent(EventType type, String processName, String groupName, int pid, byte[] data)
        implements Event {

    public ProcessOutputEvent {
        if (!(type.isA(EventType.PROCESS_LOG) || type.isA(EventType.PROCESS_COMMUNICATION)) || type.isAbstract()) {
            throw new IllegalArgumentException("not a process output event: " + type);
        }
    }

    public String channel() {
        return type == EventType.PROCESS_LOG_STDOUT || type == EventType.PROCESS_COMMUNICATION_STDOUT
                ? "stdout" : "stderr";
    }

    @Override
    public String payload() {
        String head = "processname:" + processName + " groupname:" + groupName + " pid:" + pid;
        if (type.isA(EventType.PROCESS_LOG)) {
            // The channel token is in 4.2.5's code though its docs omit it.
            head += " channel:" + channel();
        }
        return head + "\n" + decode(data);
    }

    /** UTF-8, or Supervisor's "Undecodable: b'...'" form for bytes that are not. */
    static String decode(byte[] data) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return "Undecodable: " + PyRepr.of(data);
        }
    }
}
