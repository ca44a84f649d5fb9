package org.supervisorj.server.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaitStatusTest {
    @Test
    void textsOfTypicalStatuses() {
        assertEquals("exit status 0", new WaitStatus(0).text());
        assertEquals("exit status 1", WaitStatus.ofExit(1).text());
        assertEquals("terminated by SIGTERM", WaitStatus.ofSignal(15, false).text());
        assertEquals("terminated by SIGSEGV (core dumped)", WaitStatus.ofSignal(11, true).text());
        assertEquals("terminated by SIGABRT", WaitStatus.ofSignal(6, false).text());
        assertEquals("terminated by SIGCHLD", WaitStatus.ofSignal(17, false).text());
        assertEquals("terminated by SIGPOLL", WaitStatus.ofSignal(29, false).text());
        assertEquals("terminated by signal 33", WaitStatus.ofSignal(33, false).text());
        assertEquals("terminated by SIGRTMAX", WaitStatus.ofSignal(64, false).text());
        assertEquals("unknown termination cause 0x137f", new WaitStatus(0x137f).text(), "stopped by SIGSTOP");
        assertEquals(-1, WaitStatus.ofSignal(9, false).exitCode());
    }

    /** Every 16-bit status against supervisor.options.decode_wait_status, in one Python run. */
    @Test
    void matchesSupervisorsDecodeWaitStatusForEveryStatus() throws Exception {
        List<String> expected = Python.run("""
                import sys
                from supervisor.options import decode_wait_status
                for sts in range(65536):
                    code, msg = decode_wait_status(sts)
                    print("%d|%s" % (code, msg))
                """, "");
        assertEquals(65536, expected.size());
        for (int sts = 0; sts < 65536; sts++) {
            WaitStatus w = new WaitStatus(sts);
            assertEquals(expected.get(sts), w.exitCode() + "|" + w.text(), "status " + sts);
        }
    }
}
