package io.kairos.benchmarks.scenario;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.topic.Topics;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Stands in for the executors when the ledger alone is measured: answers every dispatch at once with
 * the started and succeeded events a worker would write, so the ledger is fed as fast as it takes them.
 */
final class FastExecutor implements AutoCloseable {

    static final WorkerId WORKER = WorkerId.of("bench-fast-executor");

    private final KafkaProducer<PipelineId, RunEvent> producer;
    private final Clock clock;

    FastExecutor(String bootstrapServers, Clock clock) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), Topics.RUN_EVENTS.keySerde().serializer(),
                Topics.RUN_EVENTS.valueSerde().serializer());
        this.clock = clock;
    }

    void answer(DispatchedRun run) {
        send(new RunStarted(run.runId(), run.pipelineId(), run.attempt(), WORKER, clock.instant()));
        send(new RunSucceeded(run.runId(), run.pipelineId(), run.attempt(), WORKER, clock.instant(), null));
    }

    private void send(RunEvent event) {
        producer.send(new ProducerRecord<>(Topics.RUN_EVENTS.name(), event.pipelineId(), event));
    }

    @Override
    public void close() {
        producer.close();
    }
}
