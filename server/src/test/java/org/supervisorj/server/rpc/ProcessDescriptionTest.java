package org.supervisorj.server.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supervisorj.server.process.ProcessInfo;
import org.supervisorj.server.process.ProcessState;

class ProcessDescriptionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0        | 0:00:00",
            "62       | 0:01:02",
            "86399    | 23:59:59",
            "86400    | '1 day, 0:00:00'",
            "266584   | '3 days, 2:03:04'",
            "-5       | 0:00:00"})
    void uptimeIsPythonTimedeltaText(long seconds, String text) {
        assertEquals(text, ProcessDescription.uptime(seconds));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RUNNING  | 100 | 0 | ''          | 'pid 42, uptime 0:01:40'",
            "BACKOFF  | 100 | 0 | 'Exited too quickly (process log may have details)' | 'Exited too quickly (process log may have details)'",
            "FATAL    | 100 | 0 | ''          | 'unknown error (try \"tail web\")'",
            "STOPPED  | 0   | 0 | ''          | 'Not started'",
            "STARTING | 100 | 0 | ''          | ''",
            "STOPPING | 100 | 0 | ''          | ''"})
    void describesEachStateAsSupervisor(ProcessState state, long start, long stop, String spawnerr, String expected) {
        ProcessInfo info = new ProcessInfo("web", "web", start, stop, 200, state, spawnerr, 0, "", "", 42);
        assertEquals(expected, ProcessDescription.of(info));
    }
}
