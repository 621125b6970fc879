package io.kairos.cli.runs;

import io.kairos.model.command.CancelRun;
import io.kairos.model.command.RunCommand;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code kairosctl runs cancel RUNID}. */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = "Cancel a run: a waiting run ends CANCELLED at once; a running one is stopped by its worker.")
final class CancelRunCommand extends RunCommandSender {

    @Override
    RunCommand command(RunId run, PipelineId of, String requestedBy, Instant at) {
        return new CancelRun(run, of, requestedBy, at);
    }

    @Override
    String verb() {
        return "cancel";
    }
}
