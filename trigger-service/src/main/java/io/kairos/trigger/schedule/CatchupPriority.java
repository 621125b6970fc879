package io.kairos.trigger.schedule;

import io.kairos.model.run.Lane;
import io.kairos.model.spec.PipelineSpec;

/**
 * The priority of a catch-up run: one below the pipeline's own and at most the top of the low lane,
 * so a recovery's backlog waits behind every live run of its queue and never starves the present.
 */
public final class CatchupPriority {

    public static final int HIGHEST = Lane.NORMAL_FROM_PRIORITY - 1;

    private CatchupPriority() {
    }

    public static int of(int livePriority) {
        return Math.max(PipelineSpec.MIN_PRIORITY, Math.min(livePriority - 1, HIGHEST));
    }
}
