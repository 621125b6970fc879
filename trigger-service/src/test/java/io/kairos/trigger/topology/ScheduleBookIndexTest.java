package io.kairos.trigger.topology;

import static io.kairos.trigger.Pipelines.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.serde.IdSerde;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.PipelineSpecSerde;
import io.kairos.trigger.schedule.PipelineStatus;
import io.kairos.trigger.schedule.ScheduleState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The due-time index is not logged: a starting task derives it from the positions alone. */
class ScheduleBookIndexTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:30Z");
    private final MockProcessorContext<PipelineId, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<PipelineId, PipelineSpec> specs = store("specs", IdSerde.pipelineId(), new PipelineSpecSerde());
    private final KeyValueStore<PipelineId, SchedulePosition> positions =
            store("positions", IdSerde.pipelineId(), new SchedulePositionSerde());
    private final KeyValueStore<Bytes, byte[]> index = store("index", Serdes.Bytes(), Serdes.ByteArray());
    private final KeyValueStore<String, Long> counts = store("counts", Serdes.String(), Serdes.Long());

    @Test
    void theIndexIsDerivedFromThePositionsAndNothingStaleSurvives() {
        ScheduleBook book = book();
        ScheduleState minutely = ScheduleState.created(aPipeline("acme/minutely").cron("* * * * *").build(), NOW);
        ScheduleState jittered = ScheduleState.created(aPipeline("acme/jittered").cron("0 * * * *")
                .jitter(Duration.ofMinutes(5)).build(), NOW);
        ScheduleState paused = ScheduleState.created(aPipeline("acme/paused").cron("* * * * *").paused(true).build(), NOW);
        for (ScheduleState state : List.of(minutely, jittered, paused)) {
            book.save(state.spec().id(), null, state);
        }
        Bytes stale = DueIndexKey.of(NOW.minusSeconds(3600), PipelineId.parse("acme/gone"));
        index.put(stale, new byte[0]);
        index.delete(DueIndexKey.of(minutely.wakeUpAt().orElseThrow(), minutely.spec().id()));

        int indexed = book().rebuildIndex();

        assertThat(indexed).isEqualTo(2);
        assertThat(indexKeys()).containsExactlyInAnyOrder(
                DueIndexKey.of(minutely.wakeUpAt().orElseThrow(), minutely.spec().id()),
                DueIndexKey.of(jittered.wakeUpAt().orElseThrow(), jittered.spec().id()));
    }

    private ScheduleBook book() {
        return new ScheduleBook(specs, positions, new SpecCache(10), index, counts,
                new AtomicLongArray(PipelineStatus.values().length));
    }

    private List<Bytes> indexKeys() {
        List<Bytes> keys = new ArrayList<>();
        try (var all = index.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    private <K, V> KeyValueStore<K, V> store(String name, Serde<K> keys, Serde<V> values) {
        KeyValueStore<K, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), keys, values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
