package io.kairos.cli.backfill;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.ResumeBackfill;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code kairosctl backfill resume ID}. */
@Command(name = "resume", mixinStandardHelpOptions = true, description = "Resume a paused backfill.")
final class ResumeBackfillCommand extends BackfillOrder {

    @Override
    BackfillCommand command(BackfillId backfill, String requestedBy, Instant at) {
        return new ResumeBackfill(backfill, requestedBy, at);
    }

    @Override
    String verb() {
        return "resume";
    }
}
