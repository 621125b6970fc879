package io.kairos.worker.ledger.service;

import io.kairos.model.config.KairosConfig;
import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.run.RunRequest;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;

/** A ledger on a real broker for tests: the catalogue's topics, instance settings, requests in, dispatches out. */
final class LedgerOnBroker {

    static final int PARTITIONS = 4;

    private final KafkaTestCluster kafka;

    LedgerOnBroker(KafkaTestCluster kafka) {
        this.kafka = kafka;
    }

    void createTopics() {
        new TopicCatalogueAdmin(kafka.admin())
                .create(Topics.catalogue(new TopicLayout(PARTITIONS, 2, (short) 1, 1), List.of(Topics.DEFAULT_QUEUE)));
    }

    /** The settings of one instance, as environment-style keys. */
    Map<String, String> settings(String applicationId, Path stateDir, int apiPort) {
        return Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "kairos.ledger.application.id", applicationId,
                "kairos.ledger.state.dir", stateDir.toString(),
                "kairos.ledger.api.port", Integer.toString(apiPort),
                "kairos.ledger.commit.interval", "PT0.1S",
                "kairos.ledger.sweep.interval", "PT0.2S",
                "kairos.ledger.close.timeout", "PT10S");
    }

    LedgerConfig config(String applicationId, Path stateDir) {
        return config(applicationId, stateDir, Map.of());
    }

    /** An instance's config with {@code kafkaSettings} passed to its Kafka clients. */
    LedgerConfig config(String applicationId, Path stateDir, Map<String, String> kafkaSettings) {
        Map<String, String> settings = new HashMap<>(settings(applicationId, stateDir, 0));
        settings.putAll(kafkaSettings);
        return LedgerConfig.from(KairosConfig.of(settings));
    }

    void request(RunRequest request) {
        Topic<?, RunRequest> topic = Topics.RUN_REQUESTS;
        kafka.produce(new ProducerRecord<>(topic.name(),
                Topics.RUN_REQUESTS.keySerde().serializer().serialize(topic.name(), request.pipelineId()),
                topic.valueSerde().serializer().serialize(topic.name(), request)));
    }

    /** Every committed record of kairos.run-events that is a ledger beacon. */
    List<ConsumerRecord<byte[], byte[]>> beacons() {
        return kafka.consumeAll(Topics.RUN_EVENTS.name(), Duration.ofSeconds(30), IsolationLevel.READ_COMMITTED).stream()
                .filter(record -> LedgerBeacon.isBeacon(record.headers()))
                .toList();
    }

    /** Every committed dispatch of the default queue. */
    List<DispatchedRun> dispatched() {
        List<DispatchedRun> runs = new ArrayList<>();
        for (Topic<RunId, DispatchedRun> lane : Topics.lanes(Topics.DEFAULT_QUEUE)) {
            kafka.consumeAll(lane.name(), Duration.ofSeconds(30), IsolationLevel.READ_COMMITTED).forEach(record ->
                    runs.add(lane.valueSerde().deserializer().deserialize(lane.name(), record.value())));
        }
        return runs;
    }
}
