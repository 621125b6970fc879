package io.kairos.model.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.command.Command;
import io.kairos.model.command.PauseBackfill;
import io.kairos.model.command.StartBackfill;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackfillModelTest {

    private static final PipelineId PIPELINE = PipelineId.parse("acme/import");
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final PipelineSpec SPEC = PipelineSpec.builder().id(PIPELINE).cron("0 * * * *")
            .executor(new SleepExecutorSpec(Duration.ofSeconds(1), 0.0)).build();

    @Test
    void aBackfillIdNamesItsPipelineAndParsesBack() {
        BackfillId id = BackfillId.random(PIPELINE);

        assertThat(BackfillId.parse(id.value())).isEqualTo(id);
        assertThat(id.value()).startsWith("acme/import~bf-");
        assertThatThrownBy(() -> BackfillId.parse("acme/import")).hasMessageContaining("<tenant>/<name>~<key>");
    }

    @Test
    void reprocessScopesCoverOnlyEndedRunsOfTheirKind() {
        assertThat(Reprocess.NONE.covers(RunState.FAILED)).isFalse();
        assertThat(Reprocess.FAILED.covers(RunState.TIMED_OUT)).isTrue();
        assertThat(Reprocess.FAILED.covers(RunState.COMPLETED)).isFalse();
        assertThat(Reprocess.ALL.covers(RunState.COMPLETED)).isTrue();
        assertThat(Reprocess.ALL.covers(RunState.PROCESSING)).isFalse();
    }

    @Test
    void aBackfillRequestIsLowPriorityWithTheScheduledRunIdAndSurvivesTheTopic() {
        BackfillId backfill = new BackfillId(PIPELINE, "bf-1");
        RunRequest request = RunRequest.backfill(SPEC, backfill, T0, T0.plusSeconds(5), Reprocess.FAILED);

        RunRequest read = Topics.RUN_REQUESTS.valueSerde().deserializer().deserialize("t",
                Topics.RUN_REQUESTS.valueSerde().serializer().serialize("t", request));

        assertThat(read).isEqualTo(request);
        assertThat(read.runId()).isEqualTo(RunId.scheduled(PIPELINE, T0));
        assertThat(read.origin()).isEqualTo(Origin.BACKFILL);
        assertThat(read.lane().wireName()).isEqualTo("low");
        assertThat(read.reprocesses(RunState.FAILED)).isTrue();
        assertThat(read.reprocesses(RunState.COMPLETED)).isFalse();
    }

    @Test
    void backfillCommandsTravelOnTheCommandsTopicKeyedByTheirPipeline() {
        BackfillId backfill = new BackfillId(PIPELINE, "bf-1");
        Command start = new StartBackfill(backfill, T0, T0.plusSeconds(3600), 1, 5, Reprocess.NONE, "ops", T0);
        Command pause = new PauseBackfill(backfill, "ops", T0);

        for (Command command : new Command[] {start, pause}) {
            Command read = Topics.COMMANDS.valueSerde().deserializer().deserialize("t",
                    Topics.COMMANDS.valueSerde().serializer().serialize("t", command));
            assertThat(read).isEqualTo(command);
            assertThat(read.pipelineId()).isEqualTo(PIPELINE);
        }
    }

    @Test
    void runIdsOfScheduledAndSubmittedRunsNameTheirPipeline() {
        assertThat(RunId.scheduled(PIPELINE, T0).namedPipeline()).contains(PIPELINE);
        assertThat(RunId.idempotent(PIPELINE, "order:42").namedPipeline()).contains(PIPELINE);
        assertThat(RunId.onDemand(PIPELINE).namedPipeline()).contains(PIPELINE);
        assertThat(RunId.random().namedPipeline()).isEmpty();
    }
}
