package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnsiStripperTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "plain text|plain text",
            "<ESC>[31mred<ESC>[0m|red",
            "<ESC>[2J<ESC>[Hhome|home",
            "a<ESC>[1;2;3fb|ab",
            "open <ESC>[12 nvr zzz|'open '",
            "a<ESC>[12 never closed|aosed",
            "tail of a split escape 5m|tail of a split escape 5m",
            "<ESC>x not an escape|<ESC>x not an escape",
            "<ESC>|<ESC>",
            "<ESC>[[m|''",
            "x<ESC>[zzzKy|xy",
            "<ESC>[m<ESC>[m<ESC>[m|''",
            "a<ESC><ESC>[mb|a<ESC>b",
    })
    void stripsEscapesAsSupervisor(String in, String expected) {
        assertEquals(expected.replace("<ESC>", "\u001b"), text(AnsiStripper.strip(bytes(in))));
    }

    @Test
    void matchesSupervisorsStripEscapesOnRandomInput() throws Exception {
        var random = new Random(7);
        String[] pieces = {"\u001b[", "\u001b", "[", "m", "H", "K", "1", ";", "x", "\n", "é"};
        try (var py = new PythonOracle()) {
            for (int i = 0; i < 400; i++) {
                var b = new ByteArrayOutputStream();
                int n = random.nextInt(20);
                for (int j = 0; j < n; j++) {
                    b.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
                byte[] in = b.toByteArray();
                assertEquals(py.ask("strip", PythonOracle.hex(in)), PythonOracle.hex(AnsiStripper.strip(in)),
                        () -> "input " + PythonOracle.hex(in));
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.replace("<ESC>", "\u001b").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
