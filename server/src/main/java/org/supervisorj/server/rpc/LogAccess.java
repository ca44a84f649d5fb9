package org.supervisorj.server.rpc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.supervisorj.server.log.LogAccessException;
import org.supervisorj.server.log.LogReader;
import org.supervisorj.server.rpc.xml.Fault;
import org.supervisorj.server.rpc.xml.RpcFault;

/** readLog/tailLog over the log package, with Supervisor's faults. */
final class LogAccess {
    private LogAccess() {
    }

    static String read(Path file, int offset, int length) throws RpcFault {
        try {
            return LogReader.decode(LogReader.readFile(file, offset, length));
        } catch (LogAccessException e) {
            throw switch (e.reason()) {
                case BAD_ARGUMENTS -> new RpcFault(Fault.BAD_ARGUMENTS);
                case NO_FILE -> new RpcFault(Fault.NO_FILE, file.toString());
                // Deviation from 4.2.5: undecodable log bytes are a FAILED fault, not an HTTP 500.
                case FAILED, UNDECODABLE -> new RpcFault(Fault.FAILED);
            };
        }
    }

    /** [text, new offset, overflow], as tailProcessStdoutLog answers. */
    static List<Object> tail(Path file, int offset, int length) {
        LogReader.Tail t = LogReader.tailFile(file, offset, length);
        String text;
        try {
            text = LogReader.decode(t.data());
        } catch (LogAccessException e) {
            text = new String(t.data(), StandardCharsets.UTF_8);
        }
        return List.of(text, (int) t.offset(), t.overflow());
    }
}
