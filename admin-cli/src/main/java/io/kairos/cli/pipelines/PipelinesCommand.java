package io.kairos.cli.pipelines;

import picocli.CommandLine.Command;

/** {@code kairosctl pipelines}: pipelines as code. */
@Command(name = "pipelines", description = "Validate and manage pipeline specs.", mixinStandardHelpOptions = true,
        subcommands = {})
public final class PipelinesCommand {
}
