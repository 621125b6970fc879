package io.kairos.cli.topics;

import picocli.CommandLine.Command;

/** {@code kairosctl topics}: the catalogue's topics on the cluster. */
@Command(name = "topics", description = "Create, describe and verify the Kairos topics on the cluster.",
        mixinStandardHelpOptions = true,
        subcommands = {CreateTopicsCommand.class, DescribeTopicsCommand.class, VerifyTopicsCommand.class,
            ExportTopicsCommand.class})
public final class TopicsCommand {
}
