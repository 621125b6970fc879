package io.kairos.cli.workers;

import picocli.CommandLine.Command;

/** {@code kairosctl workers}: the executor instances. */
@Command(name = "workers", description = "List executor instances and drain them.", mixinStandardHelpOptions = true,
        subcommands = {ListWorkersCommand.class, DrainWorkerCommand.class})
public final class WorkersCommand {
}
