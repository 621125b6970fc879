package io.kairos.worker.report;

import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.execution.RunningAttempts;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Run at every {@link #TICK}: sends a heartbeat for each running attempt whose interval has passed.
 * The heartbeats of one tick leave together, batched by the producer. Intervals are measured on a
 * monotonic ticker, never on the wall clock.
 */
public final class HeartbeatTicker implements Runnable {

    public static final Duration TICK = Duration.ofMillis(100);

    private final RunningAttempts running;
    private final RunReporter reporter;
    private final LongSupplier ticker;

    /** @param ticker monotonic nanoseconds, {@code System::nanoTime} in production */
    public HeartbeatTicker(RunningAttempts running, RunReporter reporter, LongSupplier ticker) {
        this.running = running;
        this.reporter = reporter;
        this.ticker = ticker;
    }

    @Override
    public void run() {
        long now = ticker.getAsLong();
        for (RunningAttempt attempt : running.all()) {
            attempt.heartbeatIfDue(now, reporter::heartbeat);
        }
    }
}
