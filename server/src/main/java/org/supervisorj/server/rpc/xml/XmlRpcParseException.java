package org.supervisorj.server.rpc.xml;

/**
 * A body that is not an acceptable XML-RPC document. supervisord answers a malformed call with HTTP
 * 400; {@link #reason()} picks the line it logs.
 */
public final class XmlRpcParseException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why the body was refused. */
    public enum Reason {
        /** Not XML, not XML-RPC, or a value that cannot be decoded (Supervisor logs "unmarshallable"). */
        MALFORMED,
        /** A methodCall without a methodName, or with an empty one (Supervisor logs "no method name"). */
        NO_METHOD_NAME,
        /** Over a bound of {@link XmlRpcLimits}. */
        LIMIT_EXCEEDED
    }

    private final Reason reason;

    XmlRpcParseException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    XmlRpcParseException(String message) {
        this(Reason.MALFORMED, message);
    }

    XmlRpcParseException(String message, Throwable cause) {
        super(message, cause);
        this.reason = Reason.MALFORMED;
    }

    public Reason reason() {
        return reason;
    }
}
