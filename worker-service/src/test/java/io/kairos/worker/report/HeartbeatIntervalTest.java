package io.kairos.worker.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeartbeatIntervalTest {

    @Test
    void isTheConfiguredIntervalWhenStaleAfterIsLong() {
        assertThat(HeartbeatInterval.of(Duration.ofSeconds(2), Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void isAThirdOfStaleAfterWhenThatIsShorter() {
        assertThat(HeartbeatInterval.of(Duration.ofSeconds(2), Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void neverGoesBelowTheMinimum() {
        assertThat(HeartbeatInterval.of(Duration.ofSeconds(2), Duration.ofMillis(30))).isEqualTo(HeartbeatInterval.MINIMUM);
    }
}
