package org.supervisorj.server.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignalNamesTest {
    @Test
    void everyNumberMatchesSupervisorsSigname() throws Exception {
        List<String> expected = Python.run("""
                from supervisor.options import signame
                for sig in range(0, 70):
                    print(signame(sig))
                """, "");
        for (int sig = 0; sig < 70; sig++) {
            assertEquals(expected.get(sig), SignalNames.name(sig), "signal " + sig);
        }
    }
}
