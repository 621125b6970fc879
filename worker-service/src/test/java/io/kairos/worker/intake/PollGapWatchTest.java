package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The intake notices it stood still long enough to have lost its partitions, on a monotonic ticker, or that the wall clock stepped. */
class PollGapWatchTest {

    private final AtomicLong ticker = new AtomicLong();
    private final AtomicLong wallMillis = new AtomicLong(1_700_000_000_000L);
    private final PollGapWatch watch = new PollGapWatch(Duration.ofSeconds(5), ticker::get, wallMillis::get);

    private void elapse(Duration duration) {
        ticker.addAndGet(duration.toNanos());
        wallMillis.addAndGet(duration.toMillis());
    }

    @Test
    void pollsAtTheUsualPaceAreNoGap() {
        elapse(Duration.ofMillis(100));
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
        elapse(Duration.ofSeconds(5));
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aPauseLongerThanTheLimitIsAGapOnlyOnce() {
        elapse(Duration.ofSeconds(12));
        assertThat(watch.stoodStillSinceLastPoll()).isTrue();
        elapse(Duration.ofMillis(100));
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aRebalanceInsideALongPollIsNoGap() {
        elapse(Duration.ofSeconds(8));
        watch.reset();
        elapse(Duration.ofMillis(100));
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aLoopStandingStillAfterItsPollIsOverdueBeforeItStartsARun() {
        watch.stoodStillSinceLastPoll();
        assertThat(watch.isOverdue()).isFalse();
        elapse(Duration.ofSeconds(6));
        assertThat(watch.isOverdue()).isTrue();
    }

    @Test
    void aWallClockSetBackBetweenPollsIsAGapThoughTheLoopKeptPolling() {
        elapse(Duration.ofMillis(100));
        wallMillis.addAndGet(-Duration.ofMinutes(45).toMillis());
        assertThat(watch.stoodStillSinceLastPoll()).isTrue();
        elapse(Duration.ofMillis(100));
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aWallClockSetForwardBeforeAStartMakesThePollOverdue() {
        watch.stoodStillSinceLastPoll();
        wallMillis.addAndGet(Duration.ofHours(2).toMillis());
        assertThat(watch.isOverdue()).isTrue();
    }

    @Test
    void aWallClockDriftingWithinTheLimitIsNoGap() {
        ticker.addAndGet(Duration.ofSeconds(1).toNanos());
        wallMillis.addAndGet(Duration.ofSeconds(4).toMillis());
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void theLimitIsHalfTheGroupSession() {
        assertThat(PollGapWatch.limitFor(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(5));
    }
}
