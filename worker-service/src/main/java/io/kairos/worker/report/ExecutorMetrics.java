package io.kairos.worker.report;

import io.kairos.model.run.Lane;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;

/**
 * The executor's meters. Tags are bounded: queue, lane, outcome, kind, and worker on the gauges;
 * never a run id.
 * <ul>
 *   <li>{@code kairos.executor.slots.busy}, {@code kairos.executor.slots.free} (gauges)</li>
 *   <li>{@code kairos.executor.runs.started} {queue}, {@code kairos.executor.runs.finished} {queue, outcome}</li>
 *   <li>{@code kairos.executor.run.duration} {queue, outcome}: start to end, with a histogram</li>
 *   <li>{@code kairos.executor.run.wait} {queue, lane}: dispatch (ledger's clock) to start (worker's clock)</li>
 *   <li>{@code kairos.executor.errors} {kind}: executor, unreadable-record, send, send-retry, intake, orders, claim</li>
 *   <li>{@code kairos.executor.rebalances} {queue}, {@code kairos.executor.outbox.size} (gauge)</li>
 *   <li>{@code kairos.dead.letters} {service=executor, reason=unreadable}: records sent to the dead-letter topic</li>
 * </ul>
 * It also binds the Kafka client metrics of the executor's consumers and producer, and unbinds them on
 * {@link #closeClientMetrics()}.
 */
public final class ExecutorMetrics {

    public static final String SLOTS_BUSY = "kairos.executor.slots.busy";
    public static final String SLOTS_FREE = "kairos.executor.slots.free";
    public static final String RUNS_STARTED = "kairos.executor.runs.started";
    public static final String RUNS_FINISHED = "kairos.executor.runs.finished";
    public static final String RUN_DURATION = "kairos.executor.run.duration";
    public static final String RUN_WAIT = "kairos.executor.run.wait";
    public static final String ERRORS = "kairos.executor.errors";
    public static final String REBALANCES = "kairos.executor.rebalances";
    public static final String OUTBOX_SIZE = "kairos.executor.outbox.size";
    public static final String DEAD_LETTERS = "kairos.dead.letters";
    /** Every kind of {@link #error(String)}, registered at zero so rates and alerts see them from the start. */
    public static final List<String> ERROR_KINDS = List.of("executor", "unreadable-record", "send", "send-retry", "intake",
            "orders", "claim");
    private static final Duration WAIT_MIN = Duration.ofMillis(1);
    private static final Duration WAIT_MAX = Duration.ofMinutes(10);

    private final MeterRegistry registry;
    private final String worker;
    private final Counter deadLetters;
    private final List<KafkaClientMetrics> clientMetrics = new CopyOnWriteArrayList<>();

    /** Gauges carry a {@code worker} tag, so several executors can share one process's registry. */
    public ExecutorMetrics(MeterRegistry registry, String worker) {
        this.registry = registry;
        this.worker = worker;
        this.deadLetters = Counter.builder(DEAD_LETTERS).description("Records sent to the dead-letter topic")
                .tag("service", "executor").tag("reason", "unreadable").register(registry);
        ERROR_KINDS.forEach(this::errors);
    }

    public void bindSlots(IntSupplier busy, IntSupplier free) {
        Gauge.builder(SLOTS_BUSY, busy::getAsInt).tag("worker", worker).description("Slots executing a run")
                .register(registry);
        Gauge.builder(SLOTS_FREE, free::getAsInt).tag("worker", worker).description("Slots free for a run")
                .register(registry);
    }

    public void bindOutbox(Outbox outbox) {
        Gauge.builder(OUTBOX_SIZE, outbox::size).tag("worker", worker).description("Records waiting to be sent")
                .register(registry);
    }

    public void started(String queue, Lane lane, Duration waited) {
        Counter.builder(RUNS_STARTED).tag("queue", queue).description("Attempts started on this worker")
                .register(registry).increment();
        Timer.builder(RUN_WAIT).tag("queue", queue).tag("lane", lane.wireName())
                .description("From dispatch by the ledger to start on a worker")
                .publishPercentileHistogram().minimumExpectedValue(WAIT_MIN).maximumExpectedValue(WAIT_MAX)
                .register(registry).record(waited.isNegative() ? Duration.ZERO : waited);
    }

    public void finished(String queue, String outcome, Duration took) {
        Counter.builder(RUNS_FINISHED).tag("queue", queue).tag("outcome", outcome)
                .description("Attempts ended on this worker, by outcome").register(registry).increment();
        Timer.builder(RUN_DURATION).tag("queue", queue).tag("outcome", outcome).publishPercentileHistogram()
                .description("From start to end of an attempt on this worker")
                .register(registry).record(took.isNegative() ? Duration.ZERO : took);
    }

    public void error(String kind) {
        errors(kind).increment();
    }

    public void rebalanced(String queue) {
        Counter.builder(REBALANCES).tag("queue", queue).description("Lane partition assignments after the first")
                .register(registry).increment();
    }

    private Counter errors(String kind) {
        return Counter.builder(ERRORS).tag("kind", kind).description("Errors the executor survived, by kind")
                .register(registry);
    }

    /** A record went to the dead-letter topic. */
    public void deadLettered() {
        deadLetters.increment();
    }

    /** Binds the Kafka client metrics of {@code consumer} until {@link #closeClientMetrics()}. */
    public void bindClient(Consumer<?, ?> consumer) {
        bind(new KafkaClientMetrics(consumer));
    }

    /** Binds the Kafka client metrics of {@code producer} until {@link #closeClientMetrics()}. */
    public void bindClient(Producer<?, ?> producer) {
        bind(new KafkaClientMetrics(producer));
    }

    private void bind(KafkaClientMetrics metrics) {
        metrics.bindTo(registry);
        clientMetrics.add(metrics);
    }

    /** Removes the Kafka client meters; called once the clients are closed. */
    public void closeClientMetrics() {
        clientMetrics.forEach(KafkaClientMetrics::close);
        clientMetrics.clear();
    }
}
