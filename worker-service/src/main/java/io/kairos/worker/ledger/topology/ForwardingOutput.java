package io.kairos.worker.ledger.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.serde.Json;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.worker.ledger.rules.LedgerOutput;
import io.kairos.worker.ledger.rules.RunEntry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** The ledger's effects as records forwarded to the topology's sinks, inside the task's transaction. */
final class ForwardingOutput implements LedgerOutput {

    private final ProcessorContext<Object, Object> context;

    ForwardingOutput(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void dispatch(String queue, DispatchedRun run) {
        context.forward(new Record<>(run.runId(), new LaneDispatch(queue, run), now()), NodeNames.LANES_SINK);
    }

    @Override
    public void order(WorkerOrder order) {
        context.forward(new Record<>(order.workerId(), order, now()), NodeNames.WORKER_CONTROL_SINK);
    }

    @Override
    public void deadLetter(RunEntry failed) {
        String reason = "run failed after attempt " + failed.attempt() + ": " + failed.run().reason();
        byte[] key = failed.pipelineId().value().getBytes(StandardCharsets.UTF_8);
        context.forward(new Record<Object, Object>(key, json(failed), now(),
                DeadLetters.failedRun(failed.runId().value(), failed.attempt(), reason)), NodeNames.DEAD_LETTER_SINK);
    }

    private static byte[] json(RunEntry failed) {
        try {
            return Json.mapper().writeValueAsBytes(failed);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write run " + failed.runId() + " as JSON", e);
        }
    }

    private long now() {
        return context.currentSystemTimeMs();
    }
}
