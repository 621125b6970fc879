package io.kairos.cli.runs;

import picocli.CommandLine.Command;

/** {@code kairosctl runs}: ask for runs, follow them, cancel and retry them. */
@Command(name = "runs", description = "Trigger, list, inspect, cancel and retry runs.", mixinStandardHelpOptions = true,
        subcommands = {TriggerRunCommand.class, ListRunsCommand.class, GetRunCommand.class, CancelRunCommand.class,
            RetryRunCommand.class})
public final class RunsCommand {
}
