package io.kairos.trigger.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.Lane;
import org.junit.jupiter.api.Test;

class CatchupPriorityTest {

    @Test
    void isOneBelowALowLanePriority() {
        assertThat(CatchupPriority.of(3)).isEqualTo(2);
    }

    @Test
    void neverLeavesTheLowLaneSoLiveRunsGoFirst() {
        assertThat(Lane.forPriority(CatchupPriority.of(10))).isEqualTo(Lane.LOW);
        assertThat(Lane.forPriority(CatchupPriority.of(5))).isEqualTo(Lane.LOW);
    }

    @Test
    void staysAtZeroForTheLowestPriority() {
        assertThat(CatchupPriority.of(0)).isZero();
    }
}
