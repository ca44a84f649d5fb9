package org.supervisorj.server.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener protocol as Supervisor's PEventListenerDispatcher reads it (spec §8.3). */
class ListenerProtocolTest {
    private final List<String> seen = new ArrayList<>();
    private ListenerProtocol protocol;

    @BeforeEach
    void setUp() {
        protocol = new ListenerProtocol(ResultHandler.DEFAULT, new ListenerProtocol.Reactions() {
            @Override
            public void changed(ListenerState from, ListenerState to) {
                seen.add(from + " -> " + to);
            }

            @Override
            public void badResultLine(String line) {
                seen.add("bad result line: '" + line + "'");
            }

            @Override
            public void processed() {
                seen.add("processed");
            }

            @Override
            public void rejected() {
                seen.add("rejected");
            }

            @Override
            public void handlerFailed() {
                seen.add("error");
            }

            @Override
            public void giveBack() {
                seen.add("give back");
            }
        });
    }

    private void feed(String s) {
        protocol.feed(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void busy() {
        feed("READY\n");
        protocol.sent();
        seen.clear();
    }

    @Test
    void readyMayArriveInPieces() {
        feed("REA");
        assertEquals(ListenerState.ACKNOWLEDGED, protocol.state());
        feed("DY\n");
        assertEquals(List.of("ACKNOWLEDGED -> READY"), seen);
    }

    @Test
    void anythingButReadyWhenAcknowledgedIsAViolation() {
        feed("hello");
        assertEquals(List.of(), seen, "five bytes are not enough to decide");
        feed("!");
        assertEquals(List.of("ACKNOWLEDGED -> UNKNOWN"), seen);
    }

    @Test
    void bytesAfterReadyInTheSameChunkAreAViolation() {
        feed("READY\nRESULT 2\nOK");
        assertEquals(List.of("ACKNOWLEDGED -> READY", "READY -> UNKNOWN"), seen);
    }

    @Test
    void unknownIsFinalUntilRestart() {
        feed("garbage");
        feed("READY\n");
        assertEquals(ListenerState.UNKNOWN, protocol.state());
        protocol.restart();
        feed("READY\n");
        assertEquals(List.of("ACKNOWLEDGED -> UNKNOWN", "ACKNOWLEDGED -> READY"), seen);
    }

    @Test
    void okIsProcessed() {
        busy();
        feed("RESULT 2\nOK");
        assertEquals(List.of("processed", "BUSY -> ACKNOWLEDGED"), seen);
    }

    @Test
    void resultMayArriveByteByByteAndBeFollowedByReady() {
        busy();
        for (char c : "RESULT 2\nOKREADY\n".toCharArray()) {
            feed(String.valueOf(c));
        }
        assertEquals(List.of("processed", "BUSY -> ACKNOWLEDGED", "ACKNOWLEDGED -> READY"), seen);
    }

    @Test
    void failIsRejectedAndGivenBack() {
        busy();
        feed("RESULT 4\nFAIL");
        assertEquals(List.of("rejected", "BUSY -> ACKNOWLEDGED", "give back"), seen);
    }

    @Test
    void theResultWordIsNotChecked() {
        busy();
        feed("XXXXXX 2\nOK");
        assertEquals(List.of("processed", "BUSY -> ACKNOWLEDGED"), seen);
    }

    @Test
    void lengthsParseLikePythonsInt() {
        assertEquals(2, ListenerProtocol.parseLength("RESULT 2".getBytes()));
        assertEquals(2, ListenerProtocol.parseLength("RESULT  +2 \r".getBytes()));
        assertEquals(10, ListenerProtocol.parseLength("RESULT 1_0".getBytes()));
        assertEquals(-1, ListenerProtocol.parseLength("RESULT 1__0".getBytes()));
        assertEquals(-1, ListenerProtocol.parseLength("RESULT".getBytes()));
        assertEquals(-1, ListenerProtocol.parseLength("RESULT 0x2".getBytes()));
        assertEquals(Long.MAX_VALUE, ListenerProtocol.parseLength("RESULT 99999999999999999999999".getBytes()));
    }

    @Test
    void aBadResultLineMakesUnknownAndGivesTheEventBack() {
        busy();
        feed("RESULT two\n");
        assertEquals(List.of("bad result line: 'RESULT two'", "BUSY -> UNKNOWN", "give back"), seen);
    }

    @Test
    void anUndecodableResultLineIsLoggedAsBytes() {
        busy();
        feed("RESULT \u00ff\n");
        assertEquals("bad result line: 'Undecodable: b'RESULT \\xff''", seen.getFirst());
    }

    @Test
    void aResultLineWithoutEndIsBadOnceItOutgrowsTheLimit() {
        busy();
        feed("R".repeat(ListenerProtocol.MAX_RESULT_LINE));
        assertEquals(List.of(), seen);
        feed("RR");
        assertEquals(List.of("BUSY -> UNKNOWN", "give back"), seen.subList(1, 3));
    }

    @Test
    void aLongResultIsCountedNotKept() {
        busy();
        int n = ListenerProtocol.MAX_KEPT_RESULT * 3;
        feed("RESULT " + n + "\n");
        feed("x".repeat(n - 1));
        assertEquals(List.of(), seen);
        feed("xREADY\n");
        assertEquals(List.of("rejected", "BUSY -> ACKNOWLEDGED", "give back", "ACKNOWLEDGED -> READY"), seen);
    }

    @Test
    void sendingIsOnlyPossibleWhenReady() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, protocol::sent);
    }
}
