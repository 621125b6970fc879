package io.kairos.infra;

import io.kairos.infra.local.LocalCommand;
import io.kairos.infra.service.TriggerCommand;
import io.kairos.infra.service.WorkerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/kairos}: runs the Kairos services. */
@Command(name = "kairos", mixinStandardHelpOptions = true,
        description = "Run Kairos: the whole system locally, or one service.",
        subcommands = {LocalCommand.class, TriggerCommand.class, WorkerCommand.class, CommandLine.HelpCommand.class})
public final class KairosMain {

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new KairosMain());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        System.exit(commandLine.execute(args));
    }
}
