package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.trigger.schedule.FirePlan;
import io.kairos.trigger.schedule.PlannedRecord;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Sends a plan's run-requests downstream (to {@code kairos.run-requests}), stamped with the emit time. */
final class RequestEmitter {

    private final ProcessorContext<PipelineId, RunRequest> context;
    private final TriggerMetrics metrics;

    RequestEmitter(ProcessorContext<PipelineId, RunRequest> context, TriggerMetrics metrics) {
        this.context = context;
        this.metrics = metrics;
    }

    void emit(FirePlan plan, Instant now) {
        for (PlannedRecord planned : plan.records()) {
            RunRequest request = planned.request();
            context.forward(new Record<>(request.pipelineId(), request, now.toEpochMilli()));
            metrics.emitted(planned, now);
        }
    }
}
