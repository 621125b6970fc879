package io.kairos.model.command;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.PipelineId;

/** An operator's order about one backfill: start (define) it, pause, resume or cancel it. */
public sealed interface BackfillCommand extends Command
        permits StartBackfill, PauseBackfill, ResumeBackfill, CancelBackfill {

    BackfillId backfillId();

    @Override
    default PipelineId pipelineId() {
        return backfillId().pipeline();
    }
}
