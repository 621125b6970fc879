package io.kairos.benchmarks.load;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.CatchupPolicy;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes {@code burst/p-<i>} pipelines to {@code kairos.pipelines}, each a no-op run once at
 * the same instant, with catch-up {@code latest} so a pipeline the trigger learns of after that
 * instant still fires (late) instead of being dropped.
 */
public final class PipelineLoad {

    private static final CatchupPolicy LATEST = new CatchupPolicy(CatchupPolicy.Mode.LATEST, 1, Duration.ofHours(1));

    private PipelineLoad() {
    }

    public static void onceAt(String bootstrapServers, int count, Instant at) {
        Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<PipelineId, PipelineSpec> producer = new KafkaProducer<>(properties,
                Topics.PIPELINES.keySerde().serializer(), Topics.PIPELINES.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                PipelineSpec spec = PipelineSpec.builder().id("burst/p-" + i).once(at).catchup(LATEST)
                        .overlap(OverlapPolicy.ALLOW).executor(new SleepExecutorSpec(Duration.ZERO, 0.0)).build();
                producer.send(new ProducerRecord<>(Topics.PIPELINES.name(), spec.id(), spec));
            }
            producer.flush();
        }
    }
}
