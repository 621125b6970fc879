package io.kairos.cli.backfill;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.PauseBackfill;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code kairosctl backfill pause ID}. */
@Command(name = "pause", mixinStandardHelpOptions = true, description = "Pause a backfill: its runs not let start yet wait; those running finish.")
final class PauseBackfillCommand extends BackfillOrder {

    @Override
    BackfillCommand command(BackfillId backfill, String requestedBy, Instant at) {
        return new PauseBackfill(backfill, requestedBy, at);
    }

    @Override
    String verb() {
        return "pause";
    }
}
