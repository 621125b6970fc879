package io.kairos.worker.report;

import io.kairos.model.run.Lane;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * The executor's meters. Tags are bounded: queue, lane, outcome, kind, and worker on the gauges;
 * never a run id.
 * <ul>
 *   <li>{@code kairos.executor.slots.busy}, {@code kairos.executor.slots.free} (gauges)</li>
 *   <li>{@code kairos.executor.runs.started} {queue}, {@code kairos.executor.runs.finished} {queue, outcome}</li>
 *   <li>{@code kairos.executor.run.duration} {queue, outcome}: start to end, with a histogram</li>
 *   <li>{@code kairos.executor.run.wait} {queue, lane}: dispatch (ledger's clock) to start (worker's clock)</li>
 *   <li>{@code kairos.executor.errors} {kind}: executor, unreadable-record, send, intake, orders</li>
 *   <li>{@code kairos.executor.rebalances} {queue}, {@code kairos.executor.outbox.size} (gauge)</li>
 * </ul>
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

    private final MeterRegistry registry;
    private final String worker;

    /** Gauges carry a {@code worker} tag, so several executors can share one process's registry. */
    public ExecutorMetrics(MeterRegistry registry, String worker) {
        this.registry = registry;
        this.worker = worker;
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
        Counter.builder(RUNS_STARTED).tag("queue", queue).register(registry).increment();
        Timer.builder(RUN_WAIT).tag("queue", queue).tag("lane", lane.wireName())
                .description("From dispatch by the ledger to start on a worker")
                .register(registry).record(waited.isNegative() ? Duration.ZERO : waited);
    }

    public void finished(String queue, String outcome, Duration took) {
        Counter.builder(RUNS_FINISHED).tag("queue", queue).tag("outcome", outcome).register(registry).increment();
        Timer.builder(RUN_DURATION).tag("queue", queue).tag("outcome", outcome).publishPercentileHistogram()
                .register(registry).record(took.isNegative() ? Duration.ZERO : took);
    }

    public void error(String kind) {
        Counter.builder(ERRORS).tag("kind", kind).register(registry).increment();
    }

    public void rebalanced(String queue) {
        Counter.builder(REBALANCES).tag("queue", queue).register(registry).increment();
    }
}
