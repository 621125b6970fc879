package io.kairos.cli.pipelines;

import picocli.CommandLine.Command;

/** {@code kairosctl pipelines resume ID}. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Resume a paused pipeline; times missed while paused follow its catch-up policy.")
final class ResumePipelineCommand extends PauseFlagCommand {

    @Override
    boolean paused() {
        return false;
    }
}
