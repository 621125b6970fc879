package io.kairos.worker.support;

import io.kairos.model.id.RunId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.RunEvent;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads {@code kairos.run-events} from the beginning, as the ledger does ({@code read_committed}), and keeps
 * the events of one worker, in partition order. A claim the broker aborted is not among them: its runs never
 * started, and the worker claims them again.
 */
public final class RunEventsReader implements AutoCloseable {

    private final KafkaConsumer<?, RunEvent> consumer;
    private final WorkerId workerId;
    private final List<RunEvent> events = new ArrayList<>();

    public RunEventsReader(String bootstrapServers, WorkerId workerId) {
        this.workerId = workerId;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                Topics.RUN_EVENTS.keySerde().deserializer(), Topics.RUN_EVENTS.valueSerde().deserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.RUN_EVENTS.name()).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Every event of the worker read so far, after reading what has arrived. */
    public synchronized List<RunEvent> events() {
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            if (record.value() != null && record.value().workerId().equals(workerId)) {
                events.add(record.value());
            }
        });
        return List.copyOf(events);
    }

    public <T extends RunEvent> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends RunEvent> List<T> events(Class<T> type, RunId runId) {
        return events(type).stream().filter(event -> event.runId().equals(runId)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
