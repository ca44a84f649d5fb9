package org.supervisorj.server.http;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Undertow and XNIO quiet: they log through jboss-logging, which we pin to java.util.logging, and
 * their loggers pass only WARNING and above. {@link #routeTo} sends those records to the main log.
 */
public final class HttpLogging {
    // Strong references: JUL holds loggers weakly, and a collected logger would forget its level.
    private static final List<Logger> LOGGERS = List.of(Logger.getLogger("org.xnio"), Logger.getLogger("org.jboss"),
            Logger.getLogger("io.undertow"));

    static {
        // Must happen before jboss-logging picks a backend (it would probe for log4j/slf4j/logback).
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "jdk");
        }
        for (Logger logger : LOGGERS) {
            logger.setLevel(Level.WARNING);
        }
    }

    private HttpLogging() {
    }

    /** Applies the defaults above; idempotent, called before any XNIO class is touched. */
    static void quiet() {
        // the static initializer does the work
    }

    /** Sends Undertow/XNIO warnings to {@code handler} instead of the JVM's console handler. */
    public static void routeTo(Handler handler) {
        for (Logger logger : LOGGERS) {
            for (Handler old : logger.getHandlers()) {
                logger.removeHandler(old);
            }
            logger.addHandler(handler);
            logger.setUseParentHandlers(false);
        }
    }
}
