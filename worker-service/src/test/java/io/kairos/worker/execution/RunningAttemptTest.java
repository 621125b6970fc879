package io.kairos.worker.execution;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.DispatchedRun;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Heartbeats follow the monotonic ticker, whatever the wall clock does, and start with the claim. */
class RunningAttemptTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final Instant WALL_START = Instant.parse("2026-03-01T12:00:00Z");

    private final List<DispatchedRun> sent = new ArrayList<>();
    private final RunningAttempt attempt = new RunningAttempt(aRun().build(), "default", WALL_START, 1000 * SECOND,
            Duration.ofSeconds(2));

    @Test
    void noHeartbeatBeforeTheClaimCommitted() {
        assertThat(attempt.heartbeatIfDue(1005 * SECOND, sent::add)).isFalse();
        attempt.claimed();

        assertThat(attempt.heartbeatIfDue(1005 * SECOND, sent::add)).isTrue();
        assertThat(sent).hasSize(1);
    }

    @Test
    void aHeartbeatIsDueOnceItsIntervalHasPassedOnTheTicker() {
        attempt.claimed();
        assertThat(attempt.heartbeatIfDue(1001 * SECOND, sent::add)).isFalse();
        assertThat(attempt.heartbeatIfDue(1002 * SECOND, sent::add)).isTrue();
        assertThat(attempt.heartbeatIfDue(1003 * SECOND, sent::add)).isFalse();
        assertThat(attempt.heartbeatIfDue(1004 * SECOND, sent::add)).isTrue();

        assertThat(sent).hasSize(2);
    }

    @Test
    void aSteadyTickerGivesOneHeartbeatPerInterval() {
        attempt.claimed();
        for (long tick = 1000; tick <= 1020; tick++) {
            attempt.heartbeatIfDue(tick * SECOND, sent::add);
        }

        assertThat(sent).hasSize(10);
    }

    @Test
    void noHeartbeatAfterTheAttemptFinished() {
        attempt.claimed();
        attempt.finish();

        assertThat(attempt.heartbeatIfDue(1010 * SECOND, sent::add)).isFalse();
        assertThat(sent).isEmpty();
    }
}
