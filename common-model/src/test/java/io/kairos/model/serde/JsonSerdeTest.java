package io.kairos.model.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.command.CancelRun;
import io.kairos.model.command.RunCommand;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunPolicy;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.SkipReason;
import io.kairos.model.spec.CommandExecutorSpec;
import io.kairos.model.spec.JavaExecutorSpec;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.RetryPolicy;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.FenceExecution;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.model.worker.WorkerStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private static final PipelineId PIPELINE = PipelineId.parse("acme/gcp-billing-import");
    private static final Instant AT = Instant.parse("2026-03-08T07:00:00Z");
    private static final WorkerId WORKER = WorkerId.of("host-a-1234abcd");

    @Test
    void runRequestsSurviveTheTopicSerdeWithEveryField() {
        RunRequest request = new RunRequest(RunId.scheduled(PIPELINE, AT), PIPELINE, AT, AT.plusMillis(3),
                Origin.CATCHUP, 3, "default", AT.plusSeconds(60),
                new RunPolicy(2, OverlapPolicy.BUFFER_ONE, RetryPolicy.DEFAULT, Duration.ofMinutes(30), Duration.ofSeconds(30)),
                new CommandExecutorSpec(List.of("/opt/jobs/import.sh", "--full"), Map.of("MODE", "full"), null),
                Json.mapper().createObjectNode().put("month", "2026-02"), Map.of("team", "finops"), null, true);

        assertThat(roundTrip(Topics.RUN_REQUESTS.valueSerde(), request)).isEqualTo(request);
    }

    @Test
    void aSkipRecordKeepsItsReason() {
        RunRequest skip = RunRequest.scheduled(PIPELINE, AT, AT, Origin.SCHEDULE, 5, "default",
                new RunPolicy(1, OverlapPolicy.SKIP, RetryPolicy.NONE, null, Duration.ofSeconds(30)),
                new SleepExecutorSpec(Duration.ofSeconds(3), 0.0)).skipped(SkipReason.PAUSED);

        RunRequest read = roundTrip(Topics.RUN_REQUESTS.valueSerde(), skip);

        assertThat(read.skipReason()).isEqualTo(SkipReason.PAUSED);
        assertThat(read.isSkip()).isTrue();
    }

    @Test
    void eventsKeepTheirKindThroughTheSealedFamily() {
        RunEvent started = new RunStarted(RunId.scheduled(PIPELINE, AT), PIPELINE, 1, WORKER, AT);
        RunEvent failed = new RunFailed(RunId.scheduled(PIPELINE, AT), PIPELINE, 2, WORKER, AT, "exit 3", "tail");

        assertThat(roundTrip(Topics.RUN_EVENTS.valueSerde(), started)).isEqualTo(started);
        assertThat(roundTrip(Topics.RUN_EVENTS.valueSerde(), failed)).isEqualTo(failed);
        assertThat(json(Topics.RUN_EVENTS.valueSerde(), failed).get("type").asText()).isEqualTo("failed");
    }

    @Test
    void commandsOrdersStatusAndDispatchedRunsRoundTrip() {
        RunCommand cancel = new CancelRun(RunId.random(), PIPELINE, "alice", AT);
        WorkerOrder fence = new FenceExecution(WORKER, RunId.scheduled(PIPELINE, AT), PIPELINE, 1, AT);
        WorkerStatus status = new WorkerStatus(WORKER, "host-a", List.of("default"), 8, 3, "0.1.0", false, AT, AT);
        DispatchedRun run = new DispatchedRun(RunId.scheduled(PIPELINE, AT), PIPELINE, 1, AT, AT, Origin.SCHEDULE, 9,
                new JavaExecutorSpec("com.acme.Step", Map.of("depth", 3)), null, Duration.ofSeconds(30), null);

        assertThat(roundTrip(Topics.COMMANDS.valueSerde(), cancel)).isEqualTo(cancel);
        assertThat(roundTrip(Topics.WORKER_CONTROL.valueSerde(), fence)).isEqualTo(fence);
        assertThat(roundTrip(Topics.WORKERS.valueSerde(), status)).isEqualTo(status);
        assertThat(roundTrip(Topics.lane("default", io.kairos.model.run.Lane.HIGH).valueSerde(), run)).isEqualTo(run);
    }

    @Test
    void everyValueCarriesItsSchemaVersionAndIsoInstants() {
        JsonNode node = json(Topics.RUN_EVENTS.valueSerde(), new RunStarted(RunId.random(), PIPELINE, 1, WORKER, AT));

        assertThat(node.get(JsonSerde.SCHEMA_VERSION_FIELD).intValue()).isEqualTo(JsonSerde.CURRENT_SCHEMA_VERSION);
        assertThat(node.get("at").asText()).isEqualTo("2026-03-08T07:00:00Z");
    }

    @Test
    void theVersionIsWrittenFirstAndReadWhereverItStands() {
        RunStarted started = new RunStarted(RunId.of("acme/x@2026-01-01T00:00:00Z"), PipelineId.parse("acme/x"), 1, WORKER, AT);
        Serde<RunEvent> serde = Topics.RUN_EVENTS.valueSerde();
        String written = new String(serde.serializer().serialize("t", started), StandardCharsets.UTF_8);
        String versionLast = "{" + written.substring("{\"schemaVersion\":1,".length(), written.length() - 1)
                + ",\"schemaVersion\":1}";

        assertThat(written).startsWith("{\"schemaVersion\":1,\"type\":\"started\",");
        assertThat(read(versionLast)).isEqualTo(started);
    }

    @Test
    void tombstonesStayNull() {
        assertThat(Topics.WORKERS.valueSerde().serializer().serialize("t", null)).isNull();
        assertThat(Topics.WORKERS.valueSerde().deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void bytesThatAreNotJsonNameTheTopicAndTheReason() {
        assertThatThrownBy(() -> read("{not json"))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageStartingWith("unreadable record on topic kairos.run-events: not JSON");
    }

    @Test
    void aValueWithoutSchemaVersionIsUnreadable() {
        assertThatThrownBy(() -> read("{\"type\":\"started\"}"))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("no integer field schemaVersion");
    }

    @Test
    void aNewerSchemaVersionIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> read("{\"schemaVersion\":2,\"type\":\"started\"}"))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("schemaVersion 2 is not one this service reads");
    }

    @Test
    void aValueOfTheWrongShapeSaysWhatWasExpected() {
        assertThatThrownBy(() -> read("{\"schemaVersion\":1,\"type\":\"exploded\"}"))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("not a RunEvent");
        assertThatThrownBy(() -> read("[1,2]"))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("expected a JSON object");
    }

    @Test
    void aValueThatBreaksAnInvariantIsUnreadable() {
        String badAttempt = "{\"schemaVersion\":1,\"type\":\"started\",\"runId\":\"r1\",\"pipelineId\":\"acme/x\","
                + "\"attempt\":0,\"workerId\":\"w\",\"at\":\"2026-01-01T00:00:00Z\"}";

        assertThatThrownBy(() -> read(badAttempt))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("attempt: must be at least 1");
    }

    @Test
    void keysAreValidatedIds() {
        Serde<PipelineId> keys = Topics.RUN_EVENTS.keySerde();

        assertThat(keys.deserializer().deserialize("t", keys.serializer().serialize("t", PIPELINE))).isEqualTo(PIPELINE);
        assertThatThrownBy(() -> keys.deserializer().deserialize("kairos.run-events", "no slash".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableRecordException.class)
                .hasMessageContaining("the key is not a pipeline id");
    }

    private static RunEvent read(String json) {
        return Topics.RUN_EVENTS.valueSerde().deserializer()
                .deserialize(Topics.RUN_EVENTS.name(), json.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
    }

    private static <T> JsonNode json(Serde<T> serde, T value) {
        try {
            return Json.mapper().readTree(serde.serializer().serialize("t", value));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
