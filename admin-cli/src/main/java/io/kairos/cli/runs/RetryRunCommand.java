package io.kairos.cli.runs;

import io.kairos.model.command.RetryRun;
import io.kairos.model.command.RunCommand;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import java.time.Instant;
import picocli.CommandLine.Command;

/** {@code kairosctl runs retry RUNID}. */
@Command(name = "retry", mixinStandardHelpOptions = true,
        description = "Run an ended run again as a new attempt; a run that has not ended is left as it is.")
final class RetryRunCommand extends RunCommandSender {

    @Override
    RunCommand command(RunId run, PipelineId of, String requestedBy, Instant at) {
        return new RetryRun(run, of, requestedBy, at);
    }

    @Override
    String verb() {
        return "retry";
    }
}
