package io.kairos.benchmarks.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition the way a benchmark waits for the system: a deadline, no fixed sleeps before asserting. */
public final class Waits {

    private static final long POLL_MILLIS = 100;

    private Waits() {
    }

    /** Whether {@code condition} held before {@code timeout} passed. */
    public static boolean until(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
