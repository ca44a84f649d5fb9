package org.supervisorj.ctl.client;

import org.supervisorj.server.text.PyRepr;

/** An XML-RPC fault answered by supervisord (Python's {@code xmlrpc.client.Fault}). */
public final class FaultException extends Exception {
    private final int code;
    private final String faultString;

    public FaultException(int code, String faultString) {
        super(code + ": " + faultString);
        this.code = code;
        this.faultString = faultString;
    }

    public int code() {
        return code;
    }

    public String faultString() {
        return faultString;
    }

    /** {@code str(fault)} in Python: {@code <Fault 10: 'BAD_NAME: foo'>}. */
    public String pythonText() {
        return "<Fault " + code + ": " + PyRepr.of(faultString) + ">";
    }
}
