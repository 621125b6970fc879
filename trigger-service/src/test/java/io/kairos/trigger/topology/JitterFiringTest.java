package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.trigger.schedule.JitterOffset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitterFiringTest {

    private static final Duration JITTER = Duration.ofMinutes(5);
    private static final Instant TEN = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path stateDir;

    @Test
    void pipelinesSharingAMinuteFireSpreadByTheirOwnOffsetAndKeepTheNominalTimeInTheRunId() {
        try (TriggerDriver trigger = new TriggerDriver(stateDir, Instant.parse("2026-03-01T09:50:00Z"))) {
            for (String id : List.of("acme/a", "acme/b", "acme/c")) {
                trigger.publish(aPipeline(id).cron("0 * * * *").jitter(JITTER).build());
            }
            trigger.runUntil(TEN.plus(JITTER), Duration.ofMillis(100));
            List<TestRecord<PipelineId, RunRequest>> records = trigger.runRequestRecords();
            assertThat(records).hasSize(3);
            for (TestRecord<PipelineId, RunRequest> record : records) {
                RunRequest request = record.value();
                Instant due = TEN.plus(JitterOffset.of(request.pipelineId(), JITTER));
                assertThat(request.runId().value()).isEqualTo(request.pipelineId() + "@2026-03-01T10:00:00Z");
                assertThat(request.scheduledFor()).isEqualTo(TEN);
                assertThat(request.origin()).isEqualTo(Origin.SCHEDULE);
                assertThat(record.getRecordTime()).isBetween(due, due.plusMillis(100));
            }
            assertThat(records).extracting(TestRecord::getRecordTime).doesNotHaveDuplicates();
        }
    }
}
