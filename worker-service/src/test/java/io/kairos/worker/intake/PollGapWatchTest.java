package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The intake notices it stood still long enough to have lost its partitions, on a monotonic ticker. */
class PollGapWatchTest {

    private final AtomicLong ticker = new AtomicLong();
    private final PollGapWatch watch = new PollGapWatch(Duration.ofSeconds(5), ticker::get);

    @Test
    void pollsAtTheUsualPaceAreNoGap() {
        ticker.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
        ticker.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aPauseLongerThanTheLimitIsAGapOnlyOnce() {
        ticker.addAndGet(Duration.ofSeconds(12).toNanos());
        assertThat(watch.stoodStillSinceLastPoll()).isTrue();
        ticker.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aRebalanceInsideALongPollIsNoGap() {
        ticker.addAndGet(Duration.ofSeconds(8).toNanos());
        watch.reset();
        ticker.addAndGet(Duration.ofMillis(100).toNanos());
        assertThat(watch.stoodStillSinceLastPoll()).isFalse();
    }

    @Test
    void aLoopStandingStillAfterItsPollIsOverdueBeforeItStartsARun() {
        watch.stoodStillSinceLastPoll();
        assertThat(watch.isOverdue()).isFalse();
        ticker.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(watch.isOverdue()).isTrue();
    }

    @Test
    void theLimitIsHalfTheGroupSession() {
        assertThat(PollGapWatch.limitFor(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(5));
    }
}
