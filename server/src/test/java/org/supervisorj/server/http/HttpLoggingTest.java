package org.supervisorj.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class HttpLoggingTest {
    @Test
    void warningsReachTheRoutedHandlerAndInfoIsDropped() {
        List<String> seen = new ArrayList<>();
        HttpLogging.quiet();
        HttpLogging.routeTo(new Handler() {
            @Override
            public void publish(LogRecord r) {
                seen.add(r.getLevel() + " " + r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        Logger.getLogger("org.xnio.nio").info("XNIO NIO Implementation Version");
        Logger.getLogger("io.undertow.request").warning("UT005071");
        assertEquals("jdk", System.getProperty("org.jboss.logging.provider"));
        assertEquals(List.of(Level.WARNING + " UT005071"), seen);
    }
}
