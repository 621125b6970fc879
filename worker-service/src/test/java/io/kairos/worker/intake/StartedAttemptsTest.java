package io.kairos.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.RunId;
import org.junit.jupiter.api.Test;

class StartedAttemptsTest {

    private static final RunId RUN = RunId.of("acme/report@2026-01-01T00:00:00Z");

    @Test
    void anAttemptStartedBeforeIsKnownAndANewAttemptIsNot() {
        StartedAttempts started = new StartedAttempts(10);

        assertThat(started.add(RUN, 1)).isTrue();
        assertThat(started.add(RUN, 1)).isFalse();
        assertThat(started.contains(RUN, 1)).isTrue();
        assertThat(started.contains(RUN, 2)).isFalse();
    }

    @Test
    void theOldestAttemptsAreForgottenPastTheCapacity() {
        StartedAttempts started = new StartedAttempts(2);

        started.add(RunId.of("a"), 1);
        started.add(RunId.of("b"), 1);
        started.add(RunId.of("c"), 1);

        assertThat(started.contains(RunId.of("a"), 1)).isFalse();
        assertThat(started.contains(RunId.of("b"), 1)).isTrue();
        assertThat(started.contains(RunId.of("c"), 1)).isTrue();
    }
}
