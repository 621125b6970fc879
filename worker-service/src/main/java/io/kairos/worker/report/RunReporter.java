package io.kairos.worker.report;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunCancelled;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunHeartbeat;
import io.kairos.model.run.RunReleased;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Turns what happens to attempts into run events on {@code kairos.run-events}: the start as a record
 * for the intake's claim, everything after it through the outbox.
 */
public final class RunReporter {

    private static final Topic<PipelineId, RunEvent> TOPIC = Topics.RUN_EVENTS;

    private final WorkerId workerId;
    private final Outbox outbox;
    private final Clock clock;

    public RunReporter(WorkerId workerId, Outbox outbox, Clock clock) {
        this.workerId = workerId;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The start of {@code run}'s attempt here at {@code at}, for the claim that precedes it (not sent through the outbox). */
    public ProducerRecord<byte[], byte[]> started(DispatchedRun run, Instant at) {
        return record(new RunStarted(run.runId(), run.pipelineId(), run.attempt(), workerId, at));
    }

    /** Offers a heartbeat; says whether the outbox took it (it refuses when filling up). */
    public boolean heartbeat(DispatchedRun run) {
        RunHeartbeat event = new RunHeartbeat(run.runId(), run.pipelineId(), run.attempt(), workerId, clock.instant());
        return outbox.offer(OutgoingRecord.droppable(record(event)));
    }

    public void succeeded(DispatchedRun run, String summary) {
        send(new RunSucceeded(run.runId(), run.pipelineId(), run.attempt(), workerId, clock.instant(), summary));
    }

    public void failed(DispatchedRun run, String error, String summary) {
        send(new RunFailed(run.runId(), run.pipelineId(), run.attempt(), workerId, clock.instant(), error, summary));
    }

    public void cancelled(DispatchedRun run, String reason) {
        send(new RunCancelled(run.runId(), run.pipelineId(), run.attempt(), workerId, clock.instant(), reason));
    }

    public void released(DispatchedRun run) {
        send(new RunReleased(run.runId(), run.pipelineId(), run.attempt(), workerId, clock.instant()));
    }

    private void send(RunEvent event) {
        outbox.put(OutgoingRecord.mustSend(record(event), null));
    }

    private static ProducerRecord<byte[], byte[]> record(RunEvent event) {
        byte[] key = TOPIC.keySerde().serializer().serialize(TOPIC.name(), event.pipelineId());
        byte[] value = TOPIC.valueSerde().serializer().serialize(TOPIC.name(), event);
        return new ProducerRecord<>(TOPIC.name(), key, value);
    }
}
