package io.kairos.infra;

import io.kairos.infra.local.LocalCommand;
import io.kairos.infra.service.TriggerCommand;
import io.kairos.infra.service.WorkerCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bin/kairos}: runs the Kairos services. */
@Command(name = "kairos", mixinStandardHelpOptions = true,
        description = "Run Kairos: the whole system locally, or one service.",
        subcommands = {LocalCommand.class, TriggerCommand.class, WorkerCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class KairosMain {

    @Option(names = LogFormat.OPTION, paramLabel = "FORMAT", scope = ScopeType.INHERIT, defaultValue = "text",
            description = "Log lines as text or json (one JSON object per line; default: ${DEFAULT-VALUE}).")
    LogFormat logFormat;

    public static void main(String[] args) {
        try {
            LogFormat.applyFrom(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        CommandLine commandLine = new CommandLine(new KairosMain());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        System.exit(commandLine.execute(args));
    }
}
