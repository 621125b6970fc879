package io.kairos.trigger.topology;

import io.kairos.model.config.KairosConfig;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import io.kairos.trigger.TriggerConfig;
import io.kairos.trigger.schedule.ScheduleState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The production topology and Streams config in a {@link TopologyTestDriver} whose wall clock the
 * test moves: publish specs, move time, read the run-requests.
 */
final class TriggerDriver implements AutoCloseable {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final TriggerMetrics metrics = new TriggerMetrics(registry);
    private final TopologyTestDriver driver;
    private final TestInputTopic<PipelineId, PipelineSpec> pipelines;
    private final TestInputTopic<byte[], byte[]> rawPipelines;
    private final TestOutputTopic<PipelineId, RunRequest> runRequests;
    private final TestOutputTopic<byte[], byte[]> deadLetters;
    private final TriggerConfig config;
    private Instant now;

    TriggerDriver(Path stateDir, Instant start) {
        this(stateDir, start, Map.of());
    }

    TriggerDriver(Path stateDir, Instant start, Map<String, String> settings) {
        this(stateDir, start, settings, Clock.fixed(start, ZoneOffset.UTC));
    }

    /** With {@code workClock} measuring how long punctuations work. */
    TriggerDriver(Path stateDir, Instant start, Map<String, String> settings, Clock workClock) {
        Map<String, String> values = new HashMap<>(settings);
        values.put(TriggerConfig.STATE_DIR, stateDir.toString());
        config = TriggerConfig.from(KairosConfig.of(values));
        driver = new TopologyTestDriver(
                new TriggerTopology(config.firingRules(), config.punctuationInterval(), metrics, workClock, config.specCacheSize()).build(),
                config.streamsProperties(), start);
        now = start;
        pipelines = driver.createInputTopic(Topics.PIPELINES.name(), Topics.PIPELINES.keySerde().serializer(),
                Topics.PIPELINES.valueSerde().serializer());
        rawPipelines = driver.createInputTopic(Topics.PIPELINES.name(), new ByteArraySerializer(), new ByteArraySerializer());
        runRequests = driver.createOutputTopic(Topics.RUN_REQUESTS.name(), Topics.RUN_REQUESTS.keySerde().deserializer(),
                Topics.RUN_REQUESTS.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTER.name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Instant now() {
        return now;
    }

    TriggerDriver publish(PipelineSpec spec) {
        pipelines.pipeInput(spec.id(), spec, now);
        return this;
    }

    TriggerDriver delete(PipelineId id) {
        pipelines.pipeInput(id, null, now);
        return this;
    }

    TriggerDriver publishRaw(byte[] key, byte[] value) {
        rawPipelines.pipeInput(key, value, now);
        return this;
    }

    /** Moves the wall clock to {@code target} in one jump: one punctuation, as after an outage. */
    TriggerDriver jumpTo(Instant target) {
        driver.advanceWallClockTime(Duration.between(now, target));
        now = target;
        return this;
    }

    /** Moves the wall clock to {@code target} in steps of {@code step}, a punctuation after each, as when running. */
    TriggerDriver runUntil(Instant target, Duration step) {
        while (now.plus(step).isBefore(target)) {
            jumpTo(now.plus(step));
        }
        return jumpTo(target);
    }

    /** Runs until {@code target} with the configured punctuation interval. */
    TriggerDriver runUntil(Instant target) {
        return runUntil(target, config.punctuationInterval());
    }

    List<RunRequest> runRequests() {
        return runRequests.readValuesToList();
    }

    List<TestRecord<PipelineId, RunRequest>> runRequestRecords() {
        return runRequests.readRecordsToList();
    }

    List<String> runIds() {
        return runRequests().stream().map(request -> request.runId().value()).toList();
    }

    List<TestRecord<byte[], byte[]>> deadLetters() {
        return deadLetters.readRecordsToList();
    }

    ScheduleState state(PipelineId id) {
        KeyValueStore<PipelineId, SchedulePosition> positions = driver.getKeyValueStore(TriggerStores.SCHEDULES);
        KeyValueStore<PipelineId, PipelineSpec> specs = driver.getKeyValueStore(TriggerStores.SPECS);
        SchedulePosition position = positions.get(id);
        return position == null ? null
                : new ScheduleState(specs.get(id), position.cursor(), position.nextFire(), position.pausedAt(), position.resumedAt());
    }

    List<PipelineId> indexedPipelines() {
        KeyValueStore<Bytes, byte[]> index = driver.getKeyValueStore(TriggerStores.DUE_INDEX);
        List<PipelineId> ids = new ArrayList<>();
        try (var all = index.all()) {
            all.forEachRemaining((KeyValue<Bytes, byte[]> entry) -> ids.add(DueIndexKey.pipelineOf(entry.key)));
        }
        return ids;
    }

    /** Entries in the spec and position stores together. */
    long storedStates() {
        return entries(TriggerStores.SPECS) + entries(TriggerStores.SCHEDULES);
    }

    private long entries(String storeName) {
        KeyValueStore<PipelineId, ?> store = driver.getKeyValueStore(storeName);
        long count = 0;
        try (var all = store.all()) {
            for (; all.hasNext(); all.next()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() {
        driver.close();
    }
}
