package org.supervisorj.compat.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds; a test that waits for a state fails with what it waited for. */
public final class Await {
    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
