package io.kairos.benchmarks.observe;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows every run through Kafka from the outside, reading (read_committed, from the beginning)
 * {@code kairos.run-requests}, the default queue's lanes and {@code kairos.run-events}, and keeps a
 * {@link RunTrace} per run. Runs on its own thread until closed.
 */
public final class RunTimeline implements AutoCloseable {

    private final Map<String, RunTrace> traces = new ConcurrentHashMap<>();
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong dispatched = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong lastSucceededMillis = new AtomicLong();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile Consumer<DispatchedRun> dispatchListener = run -> { };
    private volatile boolean running = true;

    public RunTimeline(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        List<String> topics = new ArrayList<>(List.of(Topics.RUN_REQUESTS.name(), Topics.RUN_EVENTS.name()));
        Topics.lanes(Topics.DEFAULT_QUEUE).forEach(lane -> topics.add(lane.name()));
        topics.forEach(topic -> consumer.partitionsFor(topic).forEach(info -> partitions.add(
                new TopicPartition(info.topic(), info.partition()))));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::follow, "bench-run-timeline");
        thread.setDaemon(true);
        thread.start();
    }

    /** Called on the timeline's thread for every dispatch it reads (the ledger scenario answers them). */
    public void onDispatch(Consumer<DispatchedRun> listener) {
        dispatchListener = listener;
    }

    private void follow() {
        try {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    read(record, System.currentTimeMillis());
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void read(ConsumerRecord<byte[], byte[]> record, long now) {
        String topic = record.topic();
        if (topic.equals(Topics.RUN_REQUESTS.name())) {
            RunRequest request = Topics.RUN_REQUESTS.valueSerde().deserializer().deserialize(topic, record.value());
            RunTrace trace = trace(request.runId().value());
            trace.scheduled = request.scheduledFor().toEpochMilli();
            trace.requested = record.timestamp();
            requested.incrementAndGet();
        } else if (topic.equals(Topics.RUN_EVENTS.name())) {
            if (LedgerBeacon.isBeacon(record.headers())) {
                return;
            }
            readEvent(Topics.RUN_EVENTS.valueSerde().deserializer().deserialize(topic, record.value()));
        } else {
            DispatchedRun run = Topics.lane(Topics.DEFAULT_QUEUE, io.kairos.model.run.Lane.NORMAL).valueSerde()
                    .deserializer().deserialize(topic, record.value());
            RunTrace trace = trace(run.runId().value());
            trace.dispatches++;
            if (trace.dispatchVisible == 0) {
                trace.dispatchVisible = now;
                dispatched.incrementAndGet();
            }
            trace.lastDispatchVisible = now;
            dispatchListener.accept(run);
        }
    }

    private void readEvent(RunEvent event) {
        RunTrace trace = trace(event.runId().value());
        trace.maxAttempt = Math.max(trace.maxAttempt, event.attempt());
        if (event instanceof RunStarted) {
            long at = event.at().toEpochMilli();
            if (trace.starts++ == 0) {
                trace.started = at;
                started.incrementAndGet();
            }
            trace.lastStarted = at;
            trace.lastWorker = event.workerId().value();
        } else if (event instanceof RunSucceeded) {
            trace.successes++;
            succeeded.incrementAndGet();
            lastSucceededMillis.accumulateAndGet(event.at().toEpochMilli(), Math::max);
        }
    }

    private RunTrace trace(String runId) {
        return traces.computeIfAbsent(runId, id -> new RunTrace());
    }

    public long requested() {
        return requested.get();
    }

    /** Runs dispatched to a lane at least once. */
    public long dispatched() {
        return dispatched.get();
    }

    /** Runs started at least once. */
    public long started() {
        return started.get();
    }

    /** Successful executions (a run executed twice counts twice). */
    public long succeeded() {
        return succeeded.get();
    }

    public long lastSucceededMillis() {
        return lastSucceededMillis.get();
    }

    /** A snapshot of the traces; read it after the runs of interest have been seen. */
    public Map<String, RunTrace> traces() {
        return Map.copyOf(traces);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(30).toMillis());
    }
}
