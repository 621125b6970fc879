package io.kairos.cli.pipelines;

import picocli.CommandLine.Command;

/** {@code kairosctl pipelines}: pipelines as code. */
@Command(name = "pipelines", description = "Validate, apply and manage pipeline specs.", mixinStandardHelpOptions = true,
        subcommands = {ValidatePipelinesCommand.class, ApplyPipelinesCommand.class, ListPipelinesCommand.class,
            GetPipelineCommand.class, DeletePipelineCommand.class, PausePipelineCommand.class,
            ResumePipelineCommand.class, PreviewPipelineCommand.class})
public final class PipelinesCommand {
}
