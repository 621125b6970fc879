package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.serde.IdSerde;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.PipelineSpecSerde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The trigger's state stores, logged to their changelogs {@code <application.id>-<store>-changelog}
 * except the index:
 * <ul>
 *   <li>{@value #SPECS}: pipeline id → its spec, written when the spec changes;</li>
 *   <li>{@value #SCHEDULES}: pipeline id → {@link SchedulePosition}, written on every fire;</li>
 *   <li>{@value #DUE_INDEX}: (due time, pipeline id) → nothing, see {@link DueIndexKey}; not logged,
 *   rebuilt from {@value #SCHEDULES} when a task starts ({@link ScheduleBook#rebuildIndex()});</li>
 *   <li>{@value #PIPELINE_COUNTS}: pipeline status → how many of the task's pipelines have it.</li>
 * </ul>
 */
public final class TriggerStores {

    public static final String SPECS = "trigger-specs";
    public static final String SCHEDULES = "trigger-schedules";
    public static final String DUE_INDEX = "trigger-due-index";
    public static final String PIPELINE_COUNTS = "trigger-pipeline-counts";

    private TriggerStores() {
    }

    static StoreBuilder<KeyValueStore<PipelineId, PipelineSpec>> specs() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SPECS), IdSerde.pipelineId(),
                new PipelineSpecSerde()).withCachingDisabled();
    }

    static StoreBuilder<KeyValueStore<PipelineId, SchedulePosition>> schedules() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(SCHEDULES), IdSerde.pipelineId(),
                new SchedulePositionSerde()).withCachingDisabled();
    }

    static StoreBuilder<KeyValueStore<Bytes, byte[]>> dueIndex() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DUE_INDEX), Serdes.Bytes(),
                Serdes.ByteArray()).withCachingDisabled().withLoggingDisabled();
    }

    static StoreBuilder<KeyValueStore<String, Long>> pipelineCounts() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PIPELINE_COUNTS), Serdes.String(),
                Serdes.Long()).withCachingDisabled();
    }
}
