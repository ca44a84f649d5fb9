package org.supervisorj.server.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProcessStateTest {

    @Test
    void codesAreSupervisorsWireValues() {
        assertEquals(0, ProcessState.STOPPED.code());
        assertEquals(10, ProcessState.STARTING.code());
        assertEquals(20, ProcessState.RUNNING.code());
        assertEquals(30, ProcessState.BACKOFF.code());
        assertEquals(40, ProcessState.STOPPING.code());
        assertEquals(100, ProcessState.EXITED.code());
        assertEquals(200, ProcessState.FATAL.code());
        assertEquals(1000, ProcessState.UNKNOWN.code());
        assertEquals(ProcessState.FATAL, ProcessState.fromCode(200));
        assertThrows(IllegalArgumentException.class, () -> ProcessState.fromCode(7));
    }

    @Test
    void onlySupervisorTransitionsAreLegal() {
        assertMoves(ProcessState.STOPPED, EnumSet.of(ProcessState.STARTING));
        assertMoves(ProcessState.STARTING, EnumSet.of(ProcessState.RUNNING, ProcessState.BACKOFF, ProcessState.STOPPING,
                ProcessState.UNKNOWN));
        assertMoves(ProcessState.RUNNING, EnumSet.of(ProcessState.EXITED, ProcessState.STOPPING, ProcessState.UNKNOWN));
        assertMoves(ProcessState.BACKOFF, EnumSet.of(ProcessState.STARTING, ProcessState.FATAL, ProcessState.STOPPED));
        assertMoves(ProcessState.STOPPING, EnumSet.of(ProcessState.STOPPED, ProcessState.UNKNOWN));
        assertMoves(ProcessState.EXITED, EnumSet.of(ProcessState.STARTING));
        assertMoves(ProcessState.FATAL, EnumSet.of(ProcessState.STARTING));
        assertMoves(ProcessState.UNKNOWN, EnumSet.noneOf(ProcessState.class));
    }

    @Test
    void stateSetsMatchSupervisors() {
        assertEquals(EnumSet.of(ProcessState.STOPPED, ProcessState.EXITED, ProcessState.FATAL, ProcessState.UNKNOWN),
                matching(ProcessState::isStopped));
        assertEquals(EnumSet.of(ProcessState.RUNNING, ProcessState.BACKOFF, ProcessState.STARTING),
                matching(ProcessState::isRunning));
        assertEquals(EnumSet.of(ProcessState.RUNNING, ProcessState.STARTING, ProcessState.STOPPING),
                matching(ProcessState::isSignallable));
    }

    private static void assertMoves(ProcessState from, Set<ProcessState> legal) {
        for (ProcessState to : ProcessState.values()) {
            if (legal.contains(to)) {
                assertTrue(from.canMoveTo(to), from + " -> " + to);
            } else {
                assertFalse(from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    private static Set<ProcessState> matching(java.util.function.Predicate<ProcessState> p) {
        EnumSet<ProcessState> s = EnumSet.noneOf(ProcessState.class);
        for (ProcessState state : ProcessState.values()) {
            if (p.test(state)) {
                s.add(state);
            }
        }
        return s;
    }
}
