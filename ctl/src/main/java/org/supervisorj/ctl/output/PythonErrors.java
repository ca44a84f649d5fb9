package org.supervisorj.ctl.output;

import org.supervisorj.ctl.client.FaultException;
import org.supervisorj.ctl.client.ProtocolError;
import org.supervisorj.ctl.client.SocketError;
import org.supervisorj.ctl.client.UnknownProtocolException;

/**
 * The one-line report Python's supervisorctl prints for an error no command handles:
 * {@code error: <class 'T'>, MESSAGE: file: F line: N}, where F:N is where Python raised it.
 *
 * <p>Supervisor quirk: kept. The text names Python source locations (those of Supervisor 4.2.5 on
 * Python 3.11, as Debian 12 ships it) so that scripts matching on these lines see the same text; only the
 * class and message carry meaning.
 */
public final class PythonErrors {
    private static final String SUPERVISOR_XMLRPC = "/usr/lib/python3/dist-packages/supervisor/xmlrpc.py";

    private PythonErrors() {
    }

    public static String line(Throwable e) {
        return switch (e) {
            case ProtocolError p -> format("xmlrpc.client.ProtocolError",
                    "<ProtocolError for 127.0.0.1/RPC2: " + p.status() + " " + p.reason() + ">", SUPERVISOR_XMLRPC, 539);
            case FaultException f -> format("xmlrpc.client.Fault", f.pythonText(),
                    "/usr/lib/python3.11/xmlrpc/client.py", 668);
            case SocketError s -> s.unix()
                    ? format(s.pythonClass(), s.pythonMessage(), SUPERVISOR_XMLRPC, 557)
                    : format(s.pythonClass(), s.pythonMessage(), "/usr/lib/python3.11/socket.py", 836);
            case UnknownProtocolException u -> format("ValueError", u.getMessage(), SUPERVISOR_XMLRPC, 505);
            default -> format(e.getClass().getSimpleName(), String.valueOf(e.getMessage()), "?", 0);
        };
    }

    private static String format(String type, String message, String file, int line) {
        return "error: <class '" + type + "'>, " + message + ": file: " + file + " line: " + line;
    }
}
