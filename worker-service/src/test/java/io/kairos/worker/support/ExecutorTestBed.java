package io.kairos.worker.support;

import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.intake.WorkerExecutor;
import io.kairos.worker.intake.WorkerExecutorConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Creates the catalogue's topics on a test cluster, starts executors on it and writes to their topics. */
public final class ExecutorTestBed {

    public static final TopicLayout SMALL = new TopicLayout(3, 3, (short) 1, 1);

    private final KafkaTestCluster kafka;

    public ExecutorTestBed(KafkaTestCluster kafka) {
        this.kafka = kafka;
    }

    public void createTopics(Collection<String> queues) {
        TopicCatalogueAdmin admin = new TopicCatalogueAdmin(kafka.admin());
        admin.create(Topics.catalogue(SMALL, queues));
    }

    public WorkerExecutorConfig config(String workerId, String queue, int slots, Map<String, String> kafkaSettings) {
        Properties properties = new Properties();
        properties.putAll(kafka.clientProperties());
        properties.putAll(kafkaSettings);
        return new WorkerExecutorConfig(WorkerId.of(workerId), List.of(queue), slots, Duration.ofMillis(500),
                Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofMillis(50), Duration.ofSeconds(2), 1000,
                "test", properties);
    }

    public WorkerExecutor start(WorkerExecutorConfig config, MeterRegistry registry) {
        WorkerExecutor executor = new WorkerExecutor(config, registry, Clock.systemUTC());
        executor.start();
        return executor;
    }

    public WorkerExecutor start(WorkerExecutorConfig config) {
        return start(config, new SimpleMeterRegistry());
    }

    public void dispatch(String queue, DispatchedRun run) {
        Topic<io.kairos.model.id.RunId, DispatchedRun> lane = Topics.lane(queue, Lane.forPriority(run.priority()));
        kafka.produce(new ProducerRecord<>(lane.name(), lane.keySerde().serializer().serialize(lane.name(), run.runId()),
                lane.valueSerde().serializer().serialize(lane.name(), run)));
    }

    public void order(WorkerOrder order) {
        Topic<WorkerId, WorkerOrder> topic = Topics.WORKER_CONTROL;
        kafka.produce(new ProducerRecord<>(topic.name(), topic.keySerde().serializer().serialize(topic.name(), order.workerId()),
                topic.valueSerde().serializer().serialize(topic.name(), order)));
    }

    public static Map<String, String> settings(String... keyValues) {
        Map<String, String> settings = new HashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            settings.put(keyValues[i], keyValues[i + 1]);
        }
        return settings;
    }
}
