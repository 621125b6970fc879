package io.kairos.infra.local;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecFileCheck;
import io.kairos.model.spec.SpecFiles;
import io.kairos.model.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Applies the demo pipelines of {@code infra/demo/} to {@code kairos.pipelines}. Every file is
 * validated first; one invalid spec applies none of them.
 */
public final class DemoPipelines {

    private static final long SEND_TIMEOUT_SECONDS = 30;

    private DemoPipelines() {
    }

    public static List<PipelineSpec> apply(Path directory, String bootstrapServers) {
        List<PipelineSpec> specs = SpecFileCheck.of(SpecFiles.under(directory)).validSpecs();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<PipelineId, PipelineSpec> producer = new KafkaProducer<>(config,
                Topics.PIPELINES.keySerde().serializer(), Topics.PIPELINES.valueSerde().serializer())) {
            for (PipelineSpec spec : specs) {
                producer.send(new ProducerRecord<>(Topics.PIPELINES.name(), spec.id(), spec))
                        .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while applying the demo pipelines", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot apply the demo pipelines: " + e.getMessage(), e);
        }
        return specs;
    }
}
