package io.kairos.worker.ledger.service;

import com.sun.net.httpserver.HttpServer;
import io.kairos.model.config.KairosConfig;
import io.kairos.worker.api.ApiConfig;
import io.kairos.worker.api.LedgerApi;
import io.kairos.worker.api.OperatorApi;
import io.kairos.worker.api.PeerClient;
import io.kairos.worker.ledger.query.LedgerReader;
import io.kairos.worker.ledger.query.LocalLedger;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.store.StoreNames;
import io.kairos.worker.ledger.topology.LedgerTopology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run ledger as a running service: the {@link LedgerTopology} in Kafka Streams (exactly-once v2)
 * and its read API over HTTP. {@link #start()}, {@link #isReady()}, {@link #close()}.
 */
public final class LedgerService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LedgerService.class);

    private final LedgerConfig config;
    private final MeterRegistry registry;
    private final Clock clock;
    private final LedgerMetrics metrics;
    private final HttpServer sharedServer;
    private final ApiConfig apiConfig;
    private HttpServer server;
    private OperatorApi api;
    private KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;

    public LedgerService(LedgerConfig config, MeterRegistry registry, Clock clock) {
        this(config, registry, clock, null);
    }

    /**
     * A ledger whose read API is served by {@code sharedServer}, the process's one HTTP server
     * (started and stopped by its owner), instead of a server of its own on {@code api.port}.
     */
    public LedgerService(LedgerConfig config, MeterRegistry registry, Clock clock, HttpServer sharedServer) {
        this(config, registry, clock, sharedServer, ApiConfig.DEFAULTS);
    }

    /** As {@link #LedgerService(LedgerConfig, MeterRegistry, Clock, HttpServer)}, with the API's tokens and limits. */
    public LedgerService(LedgerConfig config, MeterRegistry registry, Clock clock, HttpServer sharedServer,
                         ApiConfig apiConfig) {
        this.apiConfig = Objects.requireNonNull(apiConfig, "apiConfig");
        this.config = Objects.requireNonNull(config, "config");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = new LedgerMetrics(registry);
        this.sharedServer = sharedServer;
    }

    public static LedgerService create(KairosConfig config, MeterRegistry registry) {
        return create(config, registry, null);
    }

    /** As {@link #LedgerService(LedgerConfig, MeterRegistry, Clock, HttpServer)}; null for a server of its own. */
    public static LedgerService create(KairosConfig config, MeterRegistry registry, HttpServer sharedServer) {
        log.info("Ledger config: {}", config.describe());
        return new LedgerService(LedgerConfig.from(config), registry, Clock.systemUTC(), sharedServer,
                ApiConfig.from(config));
    }

    public synchronized void start() {
        server = sharedServer != null ? sharedServer : bindApiServer();
        HostInfo self = new HostInfo(config.advertisedHost(), server.getAddress().getPort());
        SecureRandom random = new SecureRandom();
        LedgerTopology topology = new LedgerTopology(config.rules(), config.sweepInterval(), random::nextDouble, metrics);
        streams = new KafkaStreams(topology.build(), config.streamsProperties(self.port()));
        streams.setUncaughtExceptionHandler(e -> {
            log.error("A ledger stream thread died; replacing it, its tasks resume from the last commit", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        LocalLedger local = new LocalLedger(this::localPartitions);
        LedgerApi reads = new LedgerApi(local, new StreamsPeerDirectory(streams, self),
                new PeerClient(PeerClient.DEFAULT_TIMEOUT), clock);
        api = new OperatorApi(apiConfig, config.clientProperties(), reads, registry, clock);
        api.start(server);
        metrics.bindRunsByState(local, clock);
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
        streams.start();
        if (sharedServer == null) {
            server.start();
        }
        log.info("Ledger started as {} (application {}), API on {}", self, config.applicationId(), server.getAddress());
    }

    private HttpServer bindApiServer() {
        try {
            return HttpServer.create(new InetSocketAddress(config.apiHost(), config.apiPort()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the ledger API on " + config.apiHost() + ":"
                    + config.apiPort(), e);
        }
    }

    /** Whether the ledger processes records: Kafka Streams is RUNNING (not starting or rebalancing). */
    public boolean isReady() {
        return streams != null && streams.state() == KafkaStreams.State.RUNNING;
    }

    /** How many ledger tasks (partitions) this instance processes now. */
    public int activeTasks() {
        KafkaStreams running = streams;
        return running == null ? 0 : running.metadataForLocalThreads().stream()
                .mapToInt(thread -> thread.activeTasks().size()).sum();
    }

    /** Whether the API has read the pipelines and can answer writes. */
    public boolean isApiReady() {
        return api != null && api.isReady();
    }

    /** The port the read API listens on, once started. */
    public int apiPort() {
        return server.getAddress().getPort();
    }

    public MeterRegistry registry() {
        return registry;
    }

    private List<LedgerReader> localPartitions() {
        return streams.metadataForLocalThreads().stream()
                .flatMap(thread -> thread.activeTasks().stream())
                .map(task -> task.taskId().partition())
                .map(this::reader)
                .toList();
    }

    private LedgerReader reader(int partition) {
        ReadOnlyKeyValueStore<String, RunEntry> runs = store(StoreNames.RUNS, partition);
        ReadOnlyKeyValueStore<String, String> index = store(StoreNames.INDEX, partition);
        ReadOnlyKeyValueStore<String, Long> counters = store(StoreNames.COUNTERS, partition);
        ReadOnlyKeyValueStore<String, BackfillEntry> backfills = store(StoreNames.BACKFILLS, partition);
        return new LedgerReader(runs, index, counters, backfills);
    }

    private <K, V> ReadOnlyKeyValueStore<K, V> store(String name, int partition) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<K, V>keyValueStore())
                .withPartition(partition));
    }

    /**
     * Stops processing (committing what is done) and the API. The instance leaves the group, so the
     * other instances (or this one, restarted) take its partitions at once rather than after its
     * session has expired, which Streams waits for by default.
     */
    @Override
    public synchronized void close() {
        if (streams != null) {
            boolean closed = streams.close(CloseOptions.timeout(config.closeTimeout())
                    .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
            log.info("Ledger stopped{}", closed ? "" : " (timed out waiting for stream threads)");
            streams = null;
        }
        if (api != null) {
            api.close();
            api = null;
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
            streamsMetrics = null;
        }
        if (server != null && sharedServer == null) {
            server.stop(0);
        }
        server = null;
    }
}
