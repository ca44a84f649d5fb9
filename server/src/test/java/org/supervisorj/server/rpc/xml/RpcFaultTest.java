package org.supervisorj.server.rpc.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** faultString built as Supervisor's RPCError builds it. */
class RpcFaultTest {
    @Test
    void faultStringIsTheNameOrNameColonDetail() {
        assertEquals("UNKNOWN_METHOD", new RpcFault(Fault.UNKNOWN_METHOD).faultString());
        assertEquals("BAD_NAME: foo", new RpcFault(Fault.BAD_NAME, "foo").faultString());
        // RPCError only leaves the colon out when extra is None.
        assertEquals("FAILED: ", new RpcFault(Fault.FAILED, "").faultString());
        assertEquals(92, new RpcFault(Fault.CANT_REREAD).code());
    }

    @Test
    void unknownCodesAreDescribedAsUnknown() {
        assertEquals("SHUTDOWN_STATE", Fault.describe(6));
        assertEquals("UNKNOWN", Fault.describe(5));
    }
}
