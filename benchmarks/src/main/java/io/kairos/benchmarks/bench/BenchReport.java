package io.kairos.benchmarks.bench;

import io.kairos.benchmarks.observe.ProcessStats;
import io.kairos.benchmarks.observe.RawKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The Markdown report of one scenario: the conditions it ran under (machine, load, versions,
 * guarantees, partitions, slots, broker), raw Kafka on the same broker, then the scenario's sections.
 */
public final class BenchReport {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final String scenario;
    private final ZonedDateTime startedAt;
    private final double loadAtStart;
    private final StringBuilder sections = new StringBuilder();
    private final StringBuilder summary = new StringBuilder();
    private String conditions = "";
    private RawKafka raw;

    public BenchReport(String scenario, Clock clock) {
        this.scenario = scenario;
        this.startedAt = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.loadAtStart = ProcessStats.loadAverage();
    }

    public void conditions(BenchRun run, String processes) {
        conditions = String.format(Locale.ROOT, """
                | condition | value |
                |---|---|
                | machine | %d cores, %.1f GiB memory, %s %s |
                | Java | %s (%s) |
                | Kafka | %s |
                | Kairos | %s |
                | broker | %s |
                | processing guarantee | exactly_once_v2 (ledger and trigger) |
                | commit.interval.ms | %d (ledger and trigger) |
                | partitions | %d per control topic, %d per lane |
                | slots | %d per executor |
                | processes | %s |
                | settings given to every service | %s |
                | settings given to the ledger only | %s |
                | smoke run | %s |
                """, Runtime.getRuntime().availableProcessors(), memoryGiB(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                AppInfoParser.getVersion(), kairosVersion(), run.brokerLocation(), BenchRun.COMMIT_INTERVAL.toMillis(),
                BenchRun.PARTITIONS, BenchRun.PARTITIONS, BenchRun.SLOTS, processes,
                run.options().serviceSettings().isEmpty() ? "none beyond the above" : run.options().serviceSettings(),
                run.options().ledgerSettings().isEmpty() ? "none" : run.options().ledgerSettings(),
                run.options().smoke() ? "yes (tiny sizes: the figures mean nothing)" : "no");
    }

    public void raw(RawKafka raw) {
        this.raw = raw;
    }

    public RawKafka raw() {
        return raw;
    }

    public void section(String title, String markdown) {
        sections.append("## ").append(title).append("\n\n").append(markdown.strip()).append("\n\n");
    }

    /** A line of the summary at the top of the report (and on the console). */
    public void summarise(String line) {
        summary.append("- ").append(line).append('\n');
    }

    public String summary() {
        return summary.toString();
    }

    public Path write(Path resultsDir) {
        String text = "# Benchmark `" + scenario + "` — " + startedAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " UTC\n\n" + summary + "\n## Conditions\n\n" + conditions
                + String.format(Locale.ROOT, "| load average (1 min) | %.1f at start, %.1f at end (other builds share the machine) |%n",
                loadAtStart, ProcessStats.loadAverage())
                + "\n## Raw Kafka\n\n" + (raw == null ? "not measured\n" : raw.markdown()) + "\n" + sections;
        try {
            Files.createDirectories(resultsDir);
            Path file = resultsDir.resolve(scenario + "-" + startedAt.format(FILE_TIME) + ".md");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double memoryGiB() {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }

    private static String kairosVersion() {
        String version = BenchReport.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }
}
