package io.kairos.trigger;

import io.kairos.model.config.KairosConfig;
import io.kairos.trigger.topology.TriggerMetrics;
import io.kairos.trigger.topology.TriggerTopology;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.util.Objects;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trigger-service: the {@link TriggerTopology} running in Kafka Streams with exactly-once
 * processing. {@link #start()} returns at once; {@link #isReady()} says when it fires (Streams
 * RUNNING); {@link #close()} stops it gracefully, committing what it has done.
 */
public final class TriggerService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TriggerService.class);

    private final TriggerConfig config;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;

    public TriggerService(TriggerConfig config, MeterRegistry registry) {
        this.config = Objects.requireNonNull(config, "config");
        TriggerMetrics metrics = new TriggerMetrics(registry);
        TriggerTopology topology = new TriggerTopology(config.firingRules(), config.punctuationInterval(), metrics,
                Clock.systemUTC(), config.specCacheSize());
        this.streams = new KafkaStreams(topology.build(), config.streamsProperties());
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(registry);
    }

    /** The service configured by {@code config}: {@code kairos.trigger.*} keys and Kafka client settings. */
    public static TriggerService fromConfig(KairosConfig config, MeterRegistry registry) {
        return new TriggerService(TriggerConfig.from(config), registry);
    }

    public void start() {
        streams.setUncaughtExceptionHandler(exception -> {
            log.error("A trigger stream thread failed; replacing it, its tasks resume from their last commit", exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((next, previous) -> log.info("Trigger {} -> {}", previous, next));
        log.info("Starting the trigger: {}", config.describe());
        streams.start();
    }

    /** Whether it is firing: Kafka Streams is RUNNING (every task assigned and restored). */
    public boolean isReady() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Stops processing, commits, and leaves the group; waits at most the configured shutdown timeout. */
    @Override
    public void close() {
        log.info("Stopping the trigger (at most {})", config.shutdownTimeout());
        boolean stopped = streams.close(CloseOptions.timeout(config.shutdownTimeout())
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        streamsMetrics.close();
        if (stopped) {
            log.info("Trigger stopped");
        } else {
            log.warn("Trigger did not stop within {}; its uncommitted work will be redone by the next owner",
                    config.shutdownTimeout());
        }
    }
}
