package io.kairos.cli.backfill;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.CancelBackfill;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code kairosctl backfill cancel ID}. */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a backfill: its runs that have not started end CANCELLED; those running finish.")
final class CancelBackfillCommand extends BackfillOrder {

    @Override
    BackfillCommand command(BackfillId backfill, String requestedBy, Instant at) {
        return new CancelBackfill(backfill, requestedBy, at);
    }

    @Override
    String verb() {
        return "cancel";
    }
}
