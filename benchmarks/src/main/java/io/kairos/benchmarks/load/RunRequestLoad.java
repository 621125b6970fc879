package io.kairos.benchmarks.load;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunPolicy;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.ExecutorSpec;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.RetryPolicy;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.model.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes run-requests to {@code kairos.run-requests} the way the trigger does (scheduled runs,
 * runId {@code <pipelineId>@<scheduled instant>}), spread over {@value #PIPELINES} pipelines that
 * allow overlap, so admission never holds a run back: what is measured is the path of a run, not a
 * pipeline's limits. Open loop: each run's scheduled time is when it was due to be sent, so a
 * generator that falls behind shows up as fire lag instead of hiding the system's lag.
 */
public final class RunRequestLoad implements AutoCloseable {

    public static final int PIPELINES = 1_000;
    public static final int MAX_CONCURRENT_PER_PIPELINE = 1_000;
    private static final long TICK_MILLIS = 5;

    private final KafkaProducer<PipelineId, RunRequest> producer;
    private final Clock clock;
    private final ExecutorSpec executor;
    private final RunPolicy policy;
    private final PipelineId[] pipelines = new PipelineId[PIPELINES];
    private long sent;

    public RunRequestLoad(String bootstrapServers, Clock clock, Duration runDuration, Duration staleAfter) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), Topics.RUN_REQUESTS.keySerde().serializer(),
                Topics.RUN_REQUESTS.valueSerde().serializer());
        this.clock = clock;
        this.executor = new SleepExecutorSpec(runDuration, 0.0);
        this.policy = new RunPolicy(MAX_CONCURRENT_PER_PIPELINE, OverlapPolicy.ALLOW, RetryPolicy.DEFAULT, null, staleAfter);
        for (int i = 0; i < PIPELINES; i++) {
            pipelines[i] = PipelineId.parse("bench/p-" + i);
        }
    }

    /** No-op runs ({@code sleep 0}) with the default staleness. */
    public static RunRequestLoad noOp(String bootstrapServers, Clock clock) {
        return new RunRequestLoad(bootstrapServers, clock, Duration.ZERO, PipelineSpec.DEFAULT_STALE_AFTER);
    }

    /** {@code count} runs, all due at {@code scheduledFor} or spread just before it, sent as fast as possible. */
    public void allDue(int count, Instant scheduledFor) {
        for (int i = 0; i < count; i++) {
            send(scheduledFor.minusNanos((long) (count - i) * 1_000));
        }
        producer.flush();
    }

    /** Sends {@code rate} runs per second for {@code duration}, each scheduled for when it is due; blocks. */
    public long openLoop(int rate, Duration duration) throws InterruptedException {
        Instant start = clock.instant();
        long total = duration.toMillis() * rate / 1000;
        long nanosPerRun = 1_000_000_000L / rate;
        long count = 0;
        while (count < total) {
            Instant now = clock.instant();
            long due = Math.min(total, Duration.between(start, now).toNanos() / nanosPerRun + 1);
            for (; count < due; count++) {
                send(start.plusNanos(count * nanosPerRun));
            }
            Thread.sleep(TICK_MILLIS);
        }
        producer.flush();
        return count;
    }

    private void send(Instant scheduledFor) {
        PipelineId pipeline = pipelines[(int) (sent++ % PIPELINES)];
        RunRequest request = RunRequest.scheduled(pipeline, scheduledFor, clock.instant(), Origin.SCHEDULE,
                PipelineSpec.DEFAULT_PRIORITY, Topics.DEFAULT_QUEUE, policy, executor);
        producer.send(new ProducerRecord<>(Topics.RUN_REQUESTS.name(), pipeline, request));
    }

    /** The serialized size of one of this load's run-requests, for raw Kafka at the same record size. */
    public static int requestBytes() {
        PipelineId pipeline = PipelineId.parse("bench/p-999");
        Instant now = Instant.parse("2026-01-01T00:00:00.123456Z");
        RunRequest request = RunRequest.scheduled(pipeline, now, now, Origin.SCHEDULE, PipelineSpec.DEFAULT_PRIORITY,
                Topics.DEFAULT_QUEUE, new RunPolicy(MAX_CONCURRENT_PER_PIPELINE, OverlapPolicy.ALLOW, RetryPolicy.DEFAULT,
                        null, PipelineSpec.DEFAULT_STALE_AFTER), new SleepExecutorSpec(Duration.ZERO, 0.0));
        return Topics.RUN_REQUESTS.valueSerde().serializer().serialize(Topics.RUN_REQUESTS.name(), request).length;
    }

    public long sent() {
        return sent;
    }

    @Override
    public void close() {
        producer.close();
    }
}
