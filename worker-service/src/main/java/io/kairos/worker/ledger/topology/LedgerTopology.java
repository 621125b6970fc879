package io.kairos.worker.ledger.topology;

import static io.kairos.worker.ledger.topology.NodeNames.BEACON_SINK;
import static io.kairos.worker.ledger.topology.NodeNames.COMMANDS_SOURCE;
import static io.kairos.worker.ledger.topology.NodeNames.DEAD_LETTER_SINK;
import static io.kairos.worker.ledger.topology.NodeNames.DECODE_COMMANDS;
import static io.kairos.worker.ledger.topology.NodeNames.DECODE_EVENTS;
import static io.kairos.worker.ledger.topology.NodeNames.DECODE_REQUESTS;
import static io.kairos.worker.ledger.topology.NodeNames.EVENTS_SOURCE;
import static io.kairos.worker.ledger.topology.NodeNames.LANES_SINK;
import static io.kairos.worker.ledger.topology.NodeNames.LEDGER;
import static io.kairos.worker.ledger.topology.NodeNames.REQUESTS_SOURCE;
import static io.kairos.worker.ledger.topology.NodeNames.WORKER_CONTROL_SINK;

import io.kairos.model.command.Command;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import io.kairos.model.id.RunId;
import io.kairos.model.serde.IdSerde;
import io.kairos.model.serde.JsonSerde;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.rules.LedgerListener;
import io.kairos.worker.ledger.rules.LedgerSettings;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.store.StoreNames;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.Stores;

/**
 * The run ledger: run-requests, run-events and commands (all keyed by pipeline id, co-partitioned)
 * into one ledger processor over the runs, index and counters stores; admitted attempts out to the
 * lane topics, orders to worker-control, failed runs and unreadable records to the dead-letter topic,
 * and each task's beacon back to its own partition of run-events.
 */
public final class LedgerTopology {

    public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final LedgerSettings settings;
    private final Duration sweepInterval;
    private final DoubleSupplier unitRandom;
    private final LedgerListener listener;

    public LedgerTopology(LedgerSettings settings, Duration sweepInterval, DoubleSupplier unitRandom,
                          LedgerListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sweepInterval = Objects.requireNonNull(sweepInterval, "sweepInterval");
        this.unitRandom = Objects.requireNonNull(unitRandom, "unitRandom");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public Topology build() {
        Topology topology = new Topology();
        readInputs(topology);
        decodeInputs(topology);
        applyLedgerRules(topology);
        keepRunsIndexesAndCounters(topology);
        writeLanes(topology);
        writeWorkerOrders(topology);
        writeDeadLetters(topology);
        writeBeacons(topology);
        return topology;
    }

    private static void readInputs(Topology topology) {
        source(topology, REQUESTS_SOURCE, Topics.RUN_REQUESTS);
        source(topology, EVENTS_SOURCE, Topics.RUN_EVENTS);
        source(topology, COMMANDS_SOURCE, Topics.COMMANDS);
    }

    private static void source(Topology topology, String name, Topic<?, ?> topic) {
        topology.addSource(name, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topic.name());
    }

    private void decodeInputs(Topology topology) {
        topology.addProcessor(DECODE_REQUESTS, () -> new InputDecoder<>(Topics.RUN_REQUESTS, RunRequest::pipelineId, false, listener),
                REQUESTS_SOURCE);
        topology.addProcessor(DECODE_EVENTS, () -> new InputDecoder<>(Topics.RUN_EVENTS, RunEvent::pipelineId, true, listener),
                EVENTS_SOURCE);
        topology.addProcessor(DECODE_COMMANDS, () -> new InputDecoder<>(Topics.COMMANDS, Command::pipelineId, false, listener),
                COMMANDS_SOURCE);
    }

    private void applyLedgerRules(Topology topology) {
        topology.addProcessor(LEDGER, () -> new LedgerProcessor(settings, sweepInterval, unitRandom, listener),
                DECODE_REQUESTS, DECODE_EVENTS, DECODE_COMMANDS);
    }

    /**
     * The runs, their index and the counters are cached: a run moves several times within one commit
     * interval (dispatched, started, succeeded), its index keys come and go with it, and the status
     * counters change with every move; the cache writes each key once per commit to RocksDB and its
     * changelog instead of once per change.
     */
    private static void keepRunsIndexesAndCounters(Topology topology) {
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.RUNS),
                Serdes.String(), runEntrySerde()).withCachingEnabled(), LEDGER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.INDEX),
                Serdes.String(), Serdes.String()).withCachingEnabled(), LEDGER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.COUNTERS),
                Serdes.String(), Serdes.Long()).withCachingEnabled(), LEDGER);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(StoreNames.BACKFILLS),
                Serdes.String(), backfillEntrySerde()), LEDGER);
    }

    /** The serde of the backfills store's values. */
    public static Serde<BackfillEntry> backfillEntrySerde() {
        return new JsonSerde<>(BackfillEntry.class);
    }

    /** The serde of the runs store's values. */
    public static Serde<RunEntry> runEntrySerde() {
        return new JsonSerde<>(RunEntry.class);
    }

    private static void writeLanes(Topology topology) {
        Serializer<DispatchedRun> runs = new JsonSerde<>(DispatchedRun.class);
        Serializer<LaneDispatch> dispatches = (topic, dispatch) -> runs.serialize(topic, dispatch.run());
        TopicNameExtractor<RunId, LaneDispatch> laneOf = (runId, dispatch, context) -> dispatch.topic().name();
        topology.addSink(LANES_SINK, laneOf, IdSerde.runId().serializer(), dispatches, LEDGER);
    }

    private static void writeWorkerOrders(Topology topology) {
        topology.addSink(WORKER_CONTROL_SINK, Topics.WORKER_CONTROL.name(), Topics.WORKER_CONTROL.keySerde().serializer(),
                Topics.WORKER_CONTROL.valueSerde().serializer(), LEDGER);
    }

    /**
     * Each task's beacon goes to its own partition of {@code kairos.run-events}, with neither key nor
     * value: the {@link LedgerBeacon#HEADER} header marks it.
     */
    private static void writeBeacons(Topology topology) {
        Serializer<Object> nothing = (topic, ignored) -> null;
        Serializer<LedgerBeacon> unwritten = (topic, beacon) -> null;
        StreamPartitioner<Object, LedgerBeacon> ownPartition =
                (topic, key, beacon, partitions) -> Optional.of(Set.of(beacon.partition()));
        topology.addSink(BEACON_SINK, Topics.RUN_EVENTS.name(), nothing, unwritten, ownPartition, LEDGER);
    }

    private static void writeDeadLetters(Topology topology) {
        topology.addSink(DEAD_LETTER_SINK, Topics.DEAD_LETTER.name(), new ByteArraySerializer(),
                new ByteArraySerializer(), LEDGER, DECODE_REQUESTS, DECODE_EVENTS, DECODE_COMMANDS);
    }
}
