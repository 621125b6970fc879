package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.micro.RunLifecycle;
import io.kairos.benchmarks.micro.ScheduleEvaluation;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The JMH micro-benchmarks: schedule evaluation ({@code nextAfter}, with a DST zone) and the run state machine. */
public final class MicroScenario implements Scenario {

    @Override
    public String name() {
        return "micro";
    }

    @Override
    public String description() {
        return "JMH: ns per nextAfter (cron with a DST zone, UTC, interval) and per run state transition";
    }

    @Override
    public void run(BenchRun run, BenchReport report, BenchState state) throws Exception {
        boolean smoke = run.options().smoke();
        report.conditions(run, "JMH " + (smoke ? "in the bench JVM, one short iteration" : "in a forked JVM")
                + "; no broker involved (raw Kafka not measured)");
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ScheduleEvaluation.class.getName()).include(RunLifecycle.class.getName())
                .forks(smoke ? 0 : 1).warmupIterations(smoke ? 1 : 3).measurementIterations(smoke ? 1 : 5)
                .warmupTime(TimeValue.milliseconds(smoke ? 100 : 1_000)).measurementTime(TimeValue.milliseconds(smoke ? 100 : 1_000))
                .verbosity(VerboseMode.SILENT).shouldFailOnError(true).build()).run();
        StringBuilder table = new StringBuilder("| benchmark | score | error (99.9 %) | unit |\n|---|---|---|---|\n");
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            table.append(String.format(Locale.ROOT, "| %s | %,.1f | ± %,.1f | %s |%n", name,
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                    result.getPrimaryResult().getScoreUnit()));
            report.summarise(String.format(Locale.ROOT, "%s: %,.0f %s", name, result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreUnit()));
        }
        report.section("JMH micro-benchmarks", table + "\nAverage time per call; `cronWithDaylightSaving` is "
                + "`30 1 * * *` in Europe/London asked from instants spread across the spring-forward gap and the autumn overlap.");
    }
}
