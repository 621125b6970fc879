package io.kairos.cli;

import io.kairos.cli.backfill.BackfillCommand;
import io.kairos.cli.pipelines.PipelinesCommand;
import io.kairos.cli.runs.RunsCommand;
import io.kairos.cli.status.StatusCommand;
import io.kairos.cli.workers.WorkersCommand;
import io.kairos.cli.topics.TopicsCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kairosctl}: manage the topics, pipelines and runs of a Kairos deployment. */
@Command(name = "kairosctl",
        description = "Manage the topics, pipelines and runs of a Kairos deployment.",
        mixinStandardHelpOptions = true,
        versionProvider = KairosCtl.Version.class,
        subcommands = {TopicsCommand.class, PipelinesCommand.class, RunsCommand.class, BackfillCommand.class,
            StatusCommand.class, WorkersCommand.class, CommandLine.HelpCommand.class})
public final class KairosCtl {

    /** Exit code of a command that ran and refused or failed. */
    public static final int EXIT_FAILED = 1;
    /** Exit code of a command line that could not be understood. */
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new KairosCtl());
        commandLine.setOut(out);
        commandLine.setErr(err);
        Converters.register(commandLine);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("error: " + messageOf(e));
            return EXIT_FAILED;
        });
        return commandLine.execute(args);
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KairosCtl.class.getPackage().getImplementationVersion();
            return new String[] {"kairosctl " + (version == null ? "development" : version)};
        }
    }
}
