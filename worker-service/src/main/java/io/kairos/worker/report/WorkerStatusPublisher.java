package io.kairos.worker.report;

import io.kairos.model.id.WorkerId;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Publishes this worker's {@link WorkerStatus} on the compacted {@code kairos.workers} topic; a tombstone when it leaves. */
public final class WorkerStatusPublisher implements Runnable {

    private static final Topic<WorkerId, WorkerStatus> TOPIC = Topics.WORKERS;

    private final Identity identity;
    private final IntSupplier busy;
    private final BooleanSupplier draining;
    private final Outbox outbox;
    private final Clock clock;

    /** What does not change while the worker runs. */
    public record Identity(WorkerId workerId, String host, List<String> queues, int slots, String version,
                           Instant startedAt) {
    }

    public WorkerStatusPublisher(Identity identity, IntSupplier busy, BooleanSupplier draining, Outbox outbox, Clock clock) {
        this.identity = identity;
        this.busy = busy;
        this.draining = draining;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void run() {
        outbox.offer(OutgoingRecord.droppable(record(status())));
    }

    public WorkerStatus status() {
        int busyNow = Math.min(identity.slots(), busy.getAsInt());
        return new WorkerStatus(identity.workerId(), identity.host(), identity.queues(), identity.slots(), busyNow,
                identity.version(), draining.getAsBoolean(), identity.startedAt(), clock.instant());
    }

    /** The tombstone that says this worker left cleanly. */
    public void leave() {
        outbox.put(OutgoingRecord.mustSend(record(null), null));
    }

    private ProducerRecord<byte[], byte[]> record(WorkerStatus status) {
        byte[] key = TOPIC.keySerde().serializer().serialize(TOPIC.name(), identity.workerId());
        byte[] value = TOPIC.valueSerde().serializer().serialize(TOPIC.name(), status);
        return new ProducerRecord<>(TOPIC.name(), key, value);
    }
}
