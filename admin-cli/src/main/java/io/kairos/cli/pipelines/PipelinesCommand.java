package io.kairos.cli.pipelines;

import picocli.CommandLine.Command;

/** {@code kairosctl pipelines}: pipelines as code. */
@Command(name = "pipelines", description = "Validate and manage pipeline specs.", mixinStandardHelpOptions = true,
        subcommands = {ValidatePipelinesCommand.class})
public final class PipelinesCommand {
}
