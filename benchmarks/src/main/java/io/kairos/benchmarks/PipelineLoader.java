package io.kairos.benchmarks;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.CatchupPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes the benchmark's pipelines to {@code kairos.pipelines}: {@code bench/p-<i>}, a sleep executor, no catch-up. */
final class PipelineLoader {

    private static final CatchupPolicy NO_CATCHUP = new CatchupPolicy(CatchupPolicy.Mode.NONE, 1, null);

    private PipelineLoader() {
    }

    static void publish(String bootstrapServers, int count, BenchmarkSchedule schedule) {
        Map<String, Object> properties = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<PipelineId, PipelineSpec> producer = new KafkaProducer<>(properties,
                Topics.PIPELINES.keySerde().serializer(), Topics.PIPELINES.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                PipelineSpec spec = specOf(i, schedule);
                producer.send(new ProducerRecord<>(Topics.PIPELINES.name(), spec.id(), spec));
            }
            producer.flush();
        }
    }

    private static PipelineSpec specOf(int i, BenchmarkSchedule schedule) {
        return PipelineSpec.builder().id("bench/p-" + i).cron(schedule.cronOf(i)).catchup(NO_CATCHUP)
                .executor(new SleepExecutorSpec(Duration.ofMillis(100), 0.0)).build();
    }
}
