package io.kairos.benchmarks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scenario of {@code bin/kairos bench} at smoke size, so the harness cannot rot: each writes
 * its report with the conditions, raw Kafka, and the figures its scenario exists for. The figures
 * themselves are not judged here (speed is measured in benchmarks, not asserted in tests).
 */
class BenchSmokeTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void runEveryScenario() {
        int exit = BenchMain.run("all", "--smoke", "--results-dir", dir.resolve("results").toString(),
                "--work-dir", dir.resolve("work").toString());
        assertThat(exit).isZero();
    }

    @Test
    void throughputReportsEachRateItTried() throws IOException {
        assertThat(report("throughput")).contains("## Rising rates", "| 20 | 60 |", "start lag (start − scheduled)",
                "producer throughput, acks=all");
    }

    @Test
    void latencyReportsTheStageSplitAtThreeLoads() throws IOException {
        assertThat(report("latency")).contains("## 25 % of", "## 50 % of", "## 80 % of",
                "ledger (request written → dispatch visible)", "executor (dispatch visible → started)");
    }

    @Test
    void drainCompletesEveryRunAndCountsItsCpu() throws IOException {
        assertThat(report("drain")).containsPattern(
                "\\| 200 \\| [0-9.]+ s \\| [0-9,]+ \\| [0-9.]+ % \\| [0-9.]+ / [0-9.]+ / [0-9.]+ \\| yes \\|");
    }

    @Test
    void burstStartsEveryPipelineDueInTheSameSecond() throws IOException {
        assertThat(report("burst")).contains("30 of 30 started", "last run started");
    }

    @Test
    void scaleReportsHeapAndFireLagOfTheTrigger() throws IOException {
        assertThat(report("scale")).containsPattern("\\| 120 \\| spread-minute \\| [0-9]+ \\| .* MiB \\|");
    }

    @Test
    void recoveryRestartsEveryRunLostWithAKilledWorkerAndLedgerAndReadsTheBacklogBack() throws IOException {
        assertThat(report("recovery")).contains("| every lost run started again | yes |", "## kill -9 of the ledger",
                        "## kill -9 of the ledger holding a backlog",
                        "| of which reading the live index keys into memory: keys, all tasks / slowest task | 300 keys, ")
                .containsPattern("(\\| every run completed \\| yes \\|[\\s\\S]*){3}");
    }

    @Test
    void footprintSamplesTheResidentMemoryOfTheExecutor() throws IOException {
        assertThat(report("footprint"))
                .containsPattern("\\| executor, 100 slots \\| -Xmx256m \\| [0-9]+ MiB \\| [0-9]+ MiB \\|");
    }

    @Test
    void ledgerCountsTransitionsAndChangelogRecords() throws IOException {
        assertThat(report("ledger")).contains("**transitions per second**").containsPattern("\\| 300 \\|")
                .containsPattern("\\*\\*[0-9.]+ per transition\\*\\*");
    }

    @Test
    void microRunsTheJmhBenchmarks() throws IOException {
        assertThat(report("micro")).contains("ScheduleEvaluation.cronWithDaylightSaving",
                "RunLifecycle.requestedToCompleted");
    }

    private static String report(String scenario) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("results"))) {
            Path file = files.filter(path -> path.getFileName().toString().startsWith(scenario + "-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no report of " + scenario));
            String text = Files.readString(file);
            assertThat(text).contains("## Conditions", "| load average (1 min) |");
            return text;
        }
    }
}
