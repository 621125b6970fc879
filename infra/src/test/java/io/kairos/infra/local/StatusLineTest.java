package io.kairos.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.serde.Json;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void summarisesTheLedgersStatusInOneLine() throws Exception {
        String status = "{\"pipelinesActive\":3,\"runsScheduled\":1,\"runsQueued\":2,\"runsProcessing\":4,"
                + "\"completedToday\":23,\"failedToday\":1,\"avgExecutionSeconds\":0.737,"
                + "\"endedToday\":{\"SKIPPED\":14,\"CANCELLED\":0}}";

        assertThat(StatusLine.line(Json.mapper().readTree(status))).isEqualTo("status: pipelines active=3 | "
                + "scheduled=1 queued=2 processing=4 | today completed=23 failed=1 skipped=14 cancelled=0 | avg run 0.74s");
    }
}
