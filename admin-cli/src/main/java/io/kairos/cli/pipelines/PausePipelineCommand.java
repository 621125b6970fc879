package io.kairos.cli.pipelines;

import picocli.CommandLine.Command;

/** {@code kairosctl pipelines pause ID}. */
@Command(name = "pause", mixinStandardHelpOptions = true,
        description = "Pause a pipeline: it fires no more until resumed; on resume the missed times follow its catch-up policy "
                + "and the rest are recorded SKIPPED (reason paused).")
final class PausePipelineCommand extends PauseFlagCommand {

    @Override
    boolean paused() {
        return true;
    }
}
