package io.kairos.benchmarks.bench;

import io.kairos.benchmarks.scenario.Scenarios;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bin/kairos bench <scenario>|all [--smoke] [--bootstrap-server HOST:PORT]}: runs benchmark
 * scenarios, each on a fresh embedded broker unless a cluster is given, and writes one Markdown
 * report per scenario under {@code benchmarks/results/}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark scenario and write its report under benchmarks/results/.%n"
                + "Scenarios: throughput, latency, drain, burst, scale, recovery, footprint, ledger, micro, or all.")
public final class BenchMain implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario names, or all.")
    List<String> scenarios;

    @Option(names = "--smoke", description = "Tiny sizes: proves the harness works (a few minutes for all).")
    boolean smoke;

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Use this cluster (empty: a scenario assumes it owns the Kairos topics) instead of an embedded broker.")
    String bootstrapServers;

    @Option(names = "--rate", paramLabel = "RUNS_PER_SECOND", defaultValue = "0",
            description = "The sustained rate latency runs at 25, 50 and 80 %% of; 0 (default): what throughput found, else a ladder of its own.")
    int rate;

    @Option(names = "--service-env", paramLabel = "KAIROS_NAME=VALUE",
            description = "A setting for every service started, such as KAIROS_KAFKA_FETCH_MAX_WAIT_MS=50 (repeatable).")
    Map<String, String> serviceSettings = new LinkedHashMap<>();

    @Option(names = "--ledger-env", paramLabel = "KAIROS_NAME=VALUE",
            description = "A setting for the ledger only, such as KAIROS_KAFKA_GROUP_INSTANCE_ID=bench-ledger (repeatable).")
    Map<String, String> ledgerSettings = new LinkedHashMap<>();

    @Option(names = "--sizes", paramLabel = "N[,N...]", split = ",",
            description = "Sizes for drain (runs), burst and scale (pipelines) instead of theirs.")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--results-dir", paramLabel = "DIR", description = "Where reports go (default: benchmarks/results).")
    Path resultsDir;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Broker data, service state and logs (default: benchmarks/target/bench).")
    Path workDir;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 done, 1 a scenario failed, 2 usage. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new BenchMain());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            e.printStackTrace(cmd.getErr());
            cmd.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("kairos.home", "."));
        BenchOptions options = new BenchOptions(smoke, bootstrapServers,
                resultsDir != null ? resultsDir : home.resolve("benchmarks").resolve("results"),
                workDir != null ? workDir : home.resolve("benchmarks").resolve("target").resolve("bench"), rate,
                serviceSettings, ledgerSettings, sizes);
        List<Scenario> chosen = new ArrayList<>();
        for (String name : scenarios) {
            chosen.addAll(Scenarios.named(name));
        }
        BenchState state = new BenchState();
        for (Scenario scenario : chosen) {
            runOne(scenario, options, state);
        }
        return 0;
    }

    private static void runOne(Scenario scenario, BenchOptions options, BenchState state) throws Exception {
        System.out.println("bench: " + scenario.name() + (options.smoke() ? " (smoke)" : "") + " ...");
        BenchReport report = new BenchReport(scenario.name(), Clock.systemUTC());
        try (BenchRun run = BenchRun.start(options, scenario.name())) {
            report.conditions(run, "see below");
            scenario.run(run, report, state);
        }
        Path file = report.write(options.resultsDir());
        System.out.print(report.summary());
        System.out.println("bench: " + scenario.name() + " report: " + file);
    }
}
