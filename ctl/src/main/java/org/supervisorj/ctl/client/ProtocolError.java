package org.supervisorj.ctl.client;

/** An HTTP answer other than 200 to an XML-RPC call (Python's {@code xmlrpc.client.ProtocolError}). */
public final class ProtocolError extends Exception {
    private final int status;
    private final String reason;

    public ProtocolError(int status, String reason) {
        super(status + " " + reason);
        this.status = status;
        this.reason = reason;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }
}
