package io.kairos.worker.intake;

import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.Lane;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.worker.report.DeadLetters;
import io.kairos.worker.report.ExecutorMetrics;
import io.kairos.worker.report.Outbox;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consume loop of one queue, on its own thread: member of the group {@code kairos-executor-<queue>}
 * over the queue's three lanes. Each pass polls briefly (never waiting on a run), starts what the free
 * slots allow from the highest non-empty lane, commits what is done, and pauses every partition while
 * no slot is free (and each partition whose fetched records still wait).
 */
public final class LaneIntake implements Runnable {

    public static final String GROUP_PREFIX = "kairos-executor-";
    /** How long a revoke or a drain waits for {@code RunStarted} acknowledgements before committing. */
    public static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(5);
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
    private final OffsetTracker offsets = new OffsetTracker();
    private final PollGapWatch gapWatch;
    private final BlockingQueue<TopicPartitionOffset> done = new LinkedBlockingQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean draining;
    private volatile boolean hasAssignment;
    private boolean assignedBefore;
    private boolean rejoining;

    private record TopicPartitionOffset(TopicPartition partition, long offset) {
    }

    LaneIntake(String queue, Consumer<byte[], byte[]> consumer, SlotPool slots, RunLauncher launcher, Outbox outbox,
               DeadLetters deadLetters, ExecutorMetrics metrics, Duration pollTimeout, PollGapWatch gapWatch) {
        this.queue = queue;
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
            settle(offsets.partitions());
            log.info("Intake of queue {} drained: no more runs taken, leaving the group", queue);
        } catch (Exception e) {
            metrics.error("intake");
            log.error("Intake of queue {} failed; this worker takes no more runs from it", queue, e);
        } finally {
            consumer.close();
            stopped.countDown();
        }
    }

    /** Stops taking runs: the loop commits what is done and leaves the group. Running runs go on. */
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
        commitDone();
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
        while (!draining && outbox.hasRoomFor(OUTBOX_ROOM_PER_START)) {
            Optional<Lane> lane = buffer.highestLane();
            if (lane.isEmpty() || higherLanes.haveUnreadAbove(lane.get()) || !slots.tryAcquire()) {
                return;
            }
            if (gapWatch.isOverdue()) {
                slots.release();
                rejoinBeforeStarting(ConsumerRecords.empty());
                return;
            }
            ConsumerRecord<byte[], byte[]> record = buffer.take(lane.get());
            offsets.taken(new TopicPartition(record.topic(), record.partition()), record.offset());
            start(record, lane.get());
        }
    }

    private void start(ConsumerRecord<byte[], byte[]> record, Lane lane) {
        TopicPartitionOffset position = new TopicPartitionOffset(
                new TopicPartition(record.topic(), record.partition()), record.offset());
        DispatchedRun run;
        try {
            run = laneTopic.valueSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            slots.release();
            log.warn("Unreadable run at {}-{} offset {}: {}; sent to the dead-letter topic",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            deadLetters.send(record, e.getMessage(), () -> done.add(position));
            return;
        }
        if (run == null || launcher.hasStarted(run)) {
            slots.release();
            log.info("Skipping {} at {} offset {}: empty, or started here already", run == null ? "a tombstone"
                    : run.runId() + " attempt " + run.attempt(), position.partition(), record.offset());
            done.add(position);
            return;
        }
        launcher.launch(run, queue, lane, () -> done.add(position));
    }

    private void applyDone() {
        for (TopicPartitionOffset next = done.poll(); next != null; next = done.poll()) {
            offsets.done(next.partition(), next.offset());
        }
    }

    private void commitDone() {
        applyDone();
        Map<TopicPartition, OffsetAndMetadata> committable = offsets.committable(consumer.assignment());
        if (committable.isEmpty()) {
            return;
        }
        consumer.commitAsync(committable, (committed, e) -> {
            if (e != null) {
                log.warn("Commit of {} failed ({}); a later commit covers it", committed, e.getMessage());
            }
        });
        offsets.committed(committable);
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

    /** Waits a little for the {@code RunStarted} acknowledgements of {@code partitions}, then commits them. */
    private void settle(Collection<TopicPartition> partitions) {
        long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
        try {
            while (offsets.hasPending(partitions) && System.nanoTime() < deadline) {
                TopicPartitionOffset next = done.poll(50, TimeUnit.MILLISECONDS);
                if (next != null) {
                    offsets.done(next.partition(), next.offset());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        applyDone();
        if (offsets.hasPending(partitions)) {
            log.warn("Some runs of {} started without an acknowledged RunStarted; they will be redelivered", partitions);
        }
        Map<TopicPartition, OffsetAndMetadata> committable = offsets.committable(partitions);
        if (committable.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(committable);
            offsets.committed(committable);
        } catch (KafkaException e) {
            log.warn("Commit of {} failed ({}); those runs may be redelivered", committable, e.getMessage());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            buffer.drop(partitions);
            settle(partitions);
            offsets.forget(partitions);
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
            log.warn("Queue {}: lost {} lane partitions; their unreported runs will be redelivered", queue, partitions.size());
            buffer.drop(partitions);
            offsets.forget(partitions);
        }
    }
}
