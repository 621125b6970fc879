package io.kairos.worker.intake;

import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.worker.execution.RunningAttempt;
import io.kairos.worker.report.DeadLetters;
import io.kairos.worker.report.ExecutorMetrics;
import io.kairos.worker.report.Outbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consume loop of one queue, on its own thread: member of the group {@code kairos-executor-<queue>}
 * over the queue's three lanes. Each pass polls briefly (never waiting on a run), takes what the free
 * slots allow from the highest non-empty lane, claims it (see {@link Claims}: the runs' {@code RunStarted}
 * and the lane offsets past them in one transaction the group fences) and only then starts the runs,
 * and pauses every partition while no slot is free (and each partition whose fetched records still wait).
 */
public final class LaneIntake implements Runnable {

    public static final String GROUP_PREFIX = "kairos-executor-";
    private static final int OUTBOX_ROOM_PER_START = 2;
    private static final Logger log = LoggerFactory.getLogger(LaneIntake.class);

    private final String queue;
    private final Consumer<byte[], byte[]> consumer;
    private final SlotPool slots;
    private final RunLauncher launcher;
    private final Outbox outbox;
    private final DeadLetters deadLetters;
    private final ExecutorMetrics metrics;
    private final Duration pollTimeout;
    private final LaneBuffer buffer;
    private final Topic<RunId, DispatchedRun> laneTopic;
    private final Claims claims;
    private final PollGapWatch gapWatch;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean draining;
    private volatile boolean hasAssignment;
    private boolean assignedBefore;
    private boolean rejoining;

    LaneIntake(String queue, Consumer<byte[], byte[]> consumer, Claims claims, SlotPool slots, RunLauncher launcher,
               Outbox outbox, DeadLetters deadLetters, ExecutorMetrics metrics, Duration pollTimeout, PollGapWatch gapWatch) {
        this.queue = queue;
        this.claims = claims;
        this.gapWatch = gapWatch;
        this.consumer = consumer;
        this.slots = slots;
        this.launcher = launcher;
        this.outbox = outbox;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.pollTimeout = pollTimeout;
        Map<String, Lane> laneOfTopic = new HashMap<>();
        for (Lane lane : Lane.values()) {
            laneOfTopic.put(Topics.lane(queue, lane).name(), lane);
        }
        this.buffer = new LaneBuffer(laneOfTopic);
        this.laneTopic = Topics.lane(queue, Lane.NORMAL);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(Topics.lanes(queue).stream().map(Topic::name).toList(), new Rebalance());
            while (!draining) {
                step();
            }
            log.info("Intake of queue {} drained: no more runs taken, leaving the group", queue);
        } catch (Exception e) {
            metrics.error("intake");
            log.error("Intake of queue {} failed; this worker takes no more runs from it", queue, e);
        } finally {
            claims.close();
            consumer.close();
            stopped.countDown();
        }
    }

    /** Stops taking runs: the loop leaves the group (every run it took is claimed already). Running runs go on. */
    public void drain() {
        draining = true;
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Joined the group and received a first assignment (possibly empty), and not draining. */
    public boolean isReady() {
        return hasAssignment && !draining && stopped.getCount() > 0;
    }

    private void step() {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
        if (gapWatch.stoodStillSinceLastPoll() || rejoining) {
            rejoinBeforeStarting(records);
            return;
        }
        buffer.add(records);
        startWhatFits();
        adjustFetching();
    }

    /**
     * After the loop stood still, nothing fetched is started: the buffered and just-fetched records are
     * dropped (they are not committed, so whoever owns their partitions reads them again) and the
     * worker rejoins its group; until the group has assigned it partitions again, whatever it fetches
     * is dropped and rewound the same way, so it takes no run from a partition it may no longer own.
     */
    private void rejoinBeforeStarting(ConsumerRecords<byte[], byte[]> fetched) {
        if (!rejoining) {
            log.warn("Intake of queue {} stood still, or the wall clock stepped, by more than half the group session; "
                    + "dropping {} fetched and {} buffered runs and rejoining the group before taking more", queue,
                    fetched.count(), buffer.size());
            rejoining = true;
            consumer.enforceRebalance();
        }
        buffer.add(fetched);
        Map<TopicPartition, Long> rewind = buffer.firstOffsets();
        buffer.drop(consumer.assignment());
        rewind.forEach(consumer::seek);
    }

    private void startWhatFits() {
        HigherLanes higherLanes = new HigherLanes(consumer, buffer);
        Pass pass = new Pass();
        while (!draining && outbox.hasRoomFor(OUTBOX_ROOM_PER_START)) {
            Optional<Lane> lane = buffer.highestLane();
            if (lane.isEmpty() || higherLanes.haveUnreadAbove(lane.get()) || !slots.tryAcquire()) {
                break;
            }
            if (gapWatch.isOverdue()) {
                slots.release();
                giveBack(pass);
                rejoinBeforeStarting(ConsumerRecords.empty());
                return;
            }
            take(buffer.take(lane.get()), lane.get(), pass);
        }
        if (pass.isEmpty()) {
            return;
        }
        if (claims.commit(pass.records, pass.nextOffsets(), consumer.groupMetadata())) {
            for (int i = 0; i < pass.letters; i++) {
                deadLetters.counted();
            }
            pass.runs.forEach(taken -> launcher.launch(taken.attempt(), taken.lane()));
        } else {
            metrics.error("claim");
            giveBack(pass);
        }
    }

    /** Adds {@code record} to the pass: a run to claim (its slot taken), a dead letter, or nothing to do but pass it. */
    private void take(ConsumerRecord<byte[], byte[]> record, Lane lane, Pass pass) {
        pass.passed(record);
        DispatchedRun run;
        try {
            run = laneTopic.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            slots.release();
            log.warn("Unreadable run at {}-{} offset {}: {}; sent to the dead-letter topic",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            pass.letters++;
            pass.records.add(deadLetters.letter(record, e.getMessage()));
            return;
        }
        if (run == null || launcher.hasStarted(run)) {
            slots.release();
            log.info("Skipping {} at {}-{} offset {}: empty, or started here already", run == null ? "a tombstone"
                    : run.runId() + " attempt " + run.attempt(), record.topic(), record.partition(), record.offset());
            return;
        }
        RunningAttempt attempt = launcher.register(run, queue);
        pass.runs.add(new Taken(attempt, lane));
        pass.records.add(launcher.claim(attempt));
    }

    /**
     * A claim that did not commit starts nothing: the slots are freed and the partitions rewound to the
     * first record the pass took, dropping what was fetched after it, so the records are read again —
     * here if the partitions are still this worker's, by their new owner otherwise.
     */
    private void giveBack(Pass pass) {
        pass.runs.forEach(taken -> {
            launcher.withdraw(taken.attempt());
            slots.release();
        });
        buffer.drop(pass.firstOffsets.keySet());
        pass.firstOffsets.forEach(consumer::seek);
    }

    /** What one pass took from the lanes, to be claimed in one transaction. */
    private static final class Pass {
        private final List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        private final List<Taken> runs = new ArrayList<>();
        private int letters;
        private final Map<TopicPartition, Long> firstOffsets = new HashMap<>();
        private final Map<TopicPartition, Long> lastOffsets = new HashMap<>();

        void passed(ConsumerRecord<byte[], byte[]> record) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            firstOffsets.merge(partition, record.offset(), Math::min);
            lastOffsets.merge(partition, record.offset(), Math::max);
        }

        boolean isEmpty() {
            return firstOffsets.isEmpty();
        }

        Map<TopicPartition, OffsetAndMetadata> nextOffsets() {
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            lastOffsets.forEach((partition, last) -> next.put(partition, new OffsetAndMetadata(last + 1)));
            return next;
        }
    }

    private record Taken(RunningAttempt attempt, Lane lane) {
    }

    private void adjustFetching() {
        Set<TopicPartition> assignment = consumer.assignment();
        boolean full = draining || slots.free() == 0 || !outbox.hasRoomFor(OUTBOX_ROOM_PER_START);
        Set<TopicPartition> pause = new HashSet<>();
        Set<TopicPartition> resume = new HashSet<>();
        for (TopicPartition partition : assignment) {
            (full || buffer.holds(partition) ? pause : resume).add(partition);
        }
        consumer.pause(pause);
        consumer.resume(resume);
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            buffer.drop(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (assignedBefore) {
                metrics.rebalanced(queue);
            }
            assignedBefore = true;
            hasAssignment = true;
            rejoining = false;
            gapWatch.reset();
            log.info("Queue {}: this worker now owns {} lane partitions", queue, consumer.assignment().size());
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            log.warn("Queue {}: lost {} lane partitions; what was fetched from them and not claimed is read again by their new owner",
                    queue, partitions.size());
            buffer.drop(partitions);
        }
    }
}
