package io.kairos.worker.ledger.query;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;

/**
 * Which runs a list query wants, newest scheduled time first.
 *
 * @param pipeline null for every pipeline
 * @param state    null for every state
 */
public record RunFilter(PipelineId pipeline, RunState state, int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public RunFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
