package org.supervisorj.server.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import org.supervisorj.server.text.PyRepr;

class PyReprTest {
    private static final String[] SAMPLES = {
            "", "cat", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "tab\tnl\nret\r",
            "bell\u0007", "del\u007f", "é日本", "nbsp\u00a0", "zero\u200bwidth", "🙂", "\u0085next",
    };

    @Test
    void strAndBytesReprMatchPython() throws Exception {
        try (var py = new PythonOracle()) {
            for (String s : SAMPLES) {
                assertEquals(new String(PythonOracle.unhex(py.ask("reprs", PythonOracle.hex(s))),
                        StandardCharsets.UTF_8), PyRepr.of(s), s);
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                assertEquals(new String(PythonOracle.unhex(py.ask("reprb", PythonOracle.hex(b))),
                        StandardCharsets.UTF_8), PyRepr.of(b), s);
            }
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            assertEquals(new String(PythonOracle.unhex(py.ask("reprb", PythonOracle.hex(all))),
                    StandardCharsets.UTF_8), PyRepr.of(all));
        }
    }

    @Test
    void undecodableEchoUsesBytesRepr() {
        assertEquals("b'READY\\n'", PyRepr.of("READY\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("'cat'", PyRepr.of("cat"));
    }
}
