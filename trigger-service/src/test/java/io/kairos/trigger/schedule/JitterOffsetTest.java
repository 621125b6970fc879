package io.kairos.trigger.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JitterOffsetTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void isZeroWithoutJitter() {
        assertThat(JitterOffset.of(PipelineId.parse("acme/a"), Duration.ZERO)).isZero();
    }

    @Test
    void isTheSameForTheSamePipelineEveryTime() {
        PipelineId id = PipelineId.parse("acme/billing");
        assertThat(JitterOffset.of(id, MINUTE)).isEqualTo(JitterOffset.of(PipelineId.parse("acme/billing"), MINUTE));
    }

    @Test
    void staysWithinTheJitter() {
        for (int i = 0; i < 1_000; i++) {
            Duration offset = JitterOffset.of(PipelineId.parse("acme/p-" + i), MINUTE);
            assertThat(offset).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(MINUTE);
        }
    }

    @Test
    void spreadsPipelinesSharingAMinuteOverIt() {
        Set<Long> seconds = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            seconds.add(JitterOffset.of(PipelineId.parse("acme/p-" + i), MINUTE).toSeconds());
        }
        assertThat(seconds).hasSize(60);
    }
}
