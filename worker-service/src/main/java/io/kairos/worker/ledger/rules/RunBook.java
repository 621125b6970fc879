package io.kairos.worker.ledger.rules;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the ledger keeps its runs and the indexes derived from them. Implementations keep the
 * indexes in step with every {@link #save} and {@link #delete}.
 */
public interface RunBook {

    Optional<RunEntry> find(RunId runId);

    void save(RunEntry entry);

    void delete(RunEntry entry);

    /** The pipeline's QUEUED runs in {@link AdmissionOrder}. */
    List<RunEntry> waiting(PipelineId pipeline);

    /** The pipeline's first QUEUED run in {@link AdmissionOrder}. */
    Optional<RunEntry> nextWaiting(PipelineId pipeline);

    /** The pipeline's DISPATCHED and PROCESSING runs. */
    List<RunEntry> active(PipelineId pipeline);

    /** How many DISPATCHED and PROCESSING runs the pipeline has, counting no further than {@code atMost}. */
    int countActive(PipelineId pipeline, int atMost);

    /** At most {@code limit} runs whose {@code kind} deadline is at or before {@code now}, earliest first. */
    List<RunId> due(TimerKind kind, Instant now, int limit);
}
