package org.supervisorj.server.rpc.xml;

import java.util.Objects;

/**
 * A call failed with a Supervisor fault; the XML-RPC layer turns it into a fault response. The
 * {@link #faultString()} is {@code NAME} or {@code NAME: detail}, as Supervisor's RPCError builds it.
 *
 * <p>Faults are ordinary answers (BAD_NAME, NOT_RUNNING, ...), not bugs, so no stack trace is filled in.
 */
public final class RpcFault extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Fault fault;
    private final String detail;

    public RpcFault(Fault fault) {
        this(fault, null);
    }

    /** @param detail the text after {@code "NAME: "}; null for none (an empty detail still gets the colon) */
    public RpcFault(Fault fault, String detail) {
        super(text(fault, detail), null, false, false);
        this.fault = Objects.requireNonNull(fault, "fault");
        this.detail = detail;
    }

    private static String text(Fault fault, String detail) {
        return detail == null ? fault.name() : fault.name() + ": " + detail;
    }

    public Fault fault() {
        return fault;
    }

    public int code() {
        return fault.code();
    }

    /** The detail given at construction, or null. */
    public String detail() {
        return detail;
    }

    /** The wire {@code faultString}. */
    public String faultString() {
        return getMessage();
    }
}
