package io.kairos.worker.ledger.query;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;

/**
 * Which runs a list query wants, newest scheduled time first.
 *
 * @param pipeline null for every pipeline
 * @param state    null for every state
 * @param tenant   null for every tenant; else only that tenant's pipelines
 */
public record RunFilter(PipelineId pipeline, RunState state, int limit, String tenant) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public RunFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    public RunFilter(PipelineId pipeline, RunState state, int limit) {
        this(pipeline, state, limit, null);
    }

    /** Whether {@code pipelineOfRun} passes the pipeline and tenant parts of the filter. */
    public boolean admits(PipelineId pipelineOfRun) {
        return (pipeline == null || pipeline.equals(pipelineOfRun))
                && (tenant == null || tenant.equals(pipelineOfRun.tenant()));
    }
}
