package io.kairos.worker.report;

import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.execution.RunningAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Run at every {@link #TICK}: sends a heartbeat for each running attempt whose interval has passed.
 * The heartbeats of one tick leave together, batched by the producer.
 */
public final class HeartbeatTicker implements Runnable {

    public static final Duration TICK = Duration.ofMillis(100);

    private final RunningAttempts running;
    private final RunReporter reporter;
    private final Clock clock;

    public HeartbeatTicker(RunningAttempts running, RunReporter reporter, Clock clock) {
        this.running = running;
        this.reporter = reporter;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        for (RunningAttempt attempt : running.all()) {
            attempt.heartbeatIfDue(now, reporter::heartbeat);
        }
    }
}
