package io.kairos.worker.intake;

import io.kairos.model.config.KairosConfig;
import io.kairos.model.id.WorkerId;
import io.kairos.model.worker.WorkerStatus;
import io.kairos.worker.execution.AttemptRunner;
import io.kairos.worker.execution.ExecutorSelector;
import io.kairos.worker.execution.JavaExecutorLoader;
import io.kairos.worker.execution.ProcessTree;
import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.execution.RunningAttempts;
import io.kairos.worker.execution.StopOrder;
import io.kairos.worker.report.DeadLetters;
import io.kairos.worker.report.ExecutorMetrics;
import io.kairos.worker.report.HeartbeatTicker;
import io.kairos.worker.report.Outbox;
import io.kairos.worker.report.OutboxSender;
import io.kairos.worker.report.RunReporter;
import io.kairos.worker.report.WorkerStatusPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor role of a worker: takes runs from the lanes of its queues into a fixed number of slots,
 * executes them, reports their events and heartbeats, obeys the orders addressed to it and publishes
 * its liveness. {@link #close()} is graceful: it drains, lets running runs finish within the drain
 * timeout, releases the rest ({@code RunReleased}), leaves the groups and removes its status.
 */
public final class WorkerExecutor implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(WorkerExecutor.class);

    private final WorkerExecutorConfig config;
    private final Clock clock;
    private final ExecutorMetrics metrics;
    private final SlotPool slots;
    private final RunningAttempts running = new RunningAttempts();
    private final Outbox outbox;
    private final ExecutorClients clients;
    private final List<LaneIntake> intakes = new ArrayList<>();
    private final WorkerThreads threads;
    private KafkaProducer<byte[], byte[]> producer;
    private OutboxSender sender;
    private OrderListener orders;
    private WorkerStatusPublisher statusPublisher;
    private volatile boolean isDraining;
    private volatile boolean isStarted;
    private boolean isClosed;

    public WorkerExecutor(WorkerExecutorConfig config, MeterRegistry registry, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.metrics = new ExecutorMetrics(registry, config.workerId().value());
        this.slots = new SlotPool(config.slots());
        this.outbox = new Outbox(config.outboxCapacity());
        this.clients = new ExecutorClients(config);
        this.threads = new WorkerThreads(config.workerId(), config.slots());
        metrics.bindSlots(slots::busy, slots::free);
        metrics.bindOutbox(outbox);
    }

    public static WorkerExecutor create(KairosConfig config, MeterRegistry registry) {
        return new WorkerExecutor(WorkerExecutorConfig.from(config), registry, Clock.systemUTC());
    }

    public synchronized void start() {
        if (isStarted) {
            return;
        }
        log.info("Executor {} starting: queues {}, {} slots", config.workerId(), config.queues(), config.slots());
        startReporting();
        RunLauncher launcher = launcher();
        DeadLetters deadLetters = new DeadLetters(outbox, metrics);
        for (String queue : config.queues()) {
            Claims claims = new Claims(() -> measured(clients.claimsProducer(queue)));
            LaneIntake intake = new LaneIntake(queue, measured(clients.laneConsumer(queue)), claims, slots, launcher, outbox,
                    deadLetters, metrics, config.pollTimeout(),
                    new PollGapWatch(PollGapWatch.limitFor(clients.laneSessionTimeout(queue)), System::nanoTime,
                            System::currentTimeMillis));
            intakes.add(intake);
            threads.start("intake-" + queue, intake);
        }
        orders = new OrderListener(config.workerId(), measured(clients.orderConsumer()), new OrderHandler(running, this::drain),
                deadLetters, metrics, config.pollTimeout());
        threads.start("orders", orders);
        isStarted = true;
    }

    private void startReporting() {
        producer = clients.producer();
        metrics.bindClient(producer);
        sender = new OutboxSender(outbox, producer, metrics);
        threads.start("sender", sender);
        RunReporter reporter = new RunReporter(config.workerId(), outbox, clock);
        statusPublisher = new WorkerStatusPublisher(new WorkerStatusPublisher.Identity(config.workerId(),
                WorkerExecutorConfig.localHost(), config.queues(), config.slots(), config.version(), clock.instant()),
                slots::busy, () -> isDraining, outbox, clock);
        threads.every(HeartbeatTicker.TICK, new HeartbeatTicker(running, reporter, System::nanoTime));
        threads.every(config.statusInterval(), statusPublisher);
    }

    private KafkaConsumer<byte[], byte[]> measured(KafkaConsumer<byte[], byte[]> consumer) {
        metrics.bindClient(consumer);
        return consumer;
    }

    private KafkaProducer<byte[], byte[]> measured(KafkaProducer<byte[], byte[]> producer) {
        metrics.bindClient(producer);
        return producer;
    }

    private RunLauncher launcher() {
        ExecutorSelector selector = new ExecutorSelector(new ProcessTree(config.killGrace(), clock),
                HttpClient.newHttpClient(), () -> ThreadLocalRandom.current().nextDouble(),
                new JavaExecutorLoader(Thread.currentThread().getContextClassLoader()));
        AttemptRunner.Reporting reporting = new AttemptRunner.Reporting(running,
                new RunReporter(config.workerId(), outbox, clock), metrics, clock);
        return new RunLauncher(selector, reporting, threads.runThreads(), slots, config.heartbeatInterval());
    }

    /** Takes no more runs (leaving the lane groups); running runs go on. The worker shows as draining. */
    public void drain() {
        if (!isDraining) {
            isDraining = true;
            intakes.forEach(LaneIntake::drain);
            log.info("Executor {} draining: {} runs still running", config.workerId(), running.size());
        }
    }

    /** Started, listening for orders, in every queue's group, and not draining. */
    public boolean isReady() {
        return isStarted && !isDraining && orders.isAtEnd() && intakes.stream().allMatch(LaneIntake::isReady);
    }

    public boolean isDraining() {
        return isDraining;
    }

    public WorkerId workerId() {
        return config.workerId();
    }

    public WorkerExecutorConfig config() {
        return config;
    }

    /** What this worker publishes about itself now. */
    public WorkerStatus status() {
        return statusPublisher.status();
    }

    /** Graceful stop: see the class comment. Waits at most the drain timeout plus the kill grace and the flush. */
    @Override
    public synchronized void close() {
        if (isClosed || !isStarted) {
            isClosed = true;
            return;
        }
        isClosed = true;
        log.info("Executor {} stopping: draining {} running runs for at most {}", config.workerId(), running.size(),
                config.drainTimeout());
        drain();
        statusPublisher.run();
        awaitIntakes();
        if (!awaitNoRuns(config.drainTimeout())) {
            releaseUnfinished();
        }
        stopReporting();
        log.info("Executor {} stopped", config.workerId());
    }

    private void awaitIntakes() {
        for (LaneIntake intake : intakes) {
            try {
                intake.awaitStopped(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean awaitNoRuns(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            threads.pause(Duration.ofMillis(50));
        }
        return running.isEmpty();
    }

    private void releaseUnfinished() {
        List<RunningAttempt> left = running.all();
        log.info("Releasing {} unfinished runs", left.size());
        left.forEach(attempt -> attempt.stop(StopOrder.release()));
        if (!awaitNoRuns(config.killGrace().plus(STOP_WAIT))) {
            log.warn("{} runs did not stop after their release; the ledger will find them stale", running.size());
        }
    }

    private void stopReporting() {
        boolean interrupted = Thread.interrupted();
        try {
            orders.stop(STOP_WAIT);
            threads.stopTimers();
            statusPublisher.leave();
            sender.stopAfterSendingAll();
            threads.awaitStopped(STOP_WAIT);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            producer.close(STOP_WAIT);
            metrics.closeClientMetrics();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
