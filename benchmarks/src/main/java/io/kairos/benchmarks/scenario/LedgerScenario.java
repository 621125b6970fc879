package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.bench.Waits;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.MetricsScrape;
import io.kairos.benchmarks.observe.RawKafka;
import io.kairos.benchmarks.observe.RunTimeline;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * One ledger instance fed run-requests (all due) and, for each dispatch, the started and succeeded
 * events at once: run transitions per second, changelog records written per transition, ledger CPU.
 */
public final class LedgerScenario implements Scenario {

    static final String TRANSITIONS = "kairos_ledger_transitions_total";
    static final Duration TIMEOUT = Duration.ofMinutes(15);

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public String description() {
        return "one ledger instance: run transitions per second, changelog records per transition";
    }

    @Override
    public void run(BenchRun run, BenchReport report, BenchState state) throws Exception {
        RawKafka raw = RawBaselines.measure(run, report);
        int runs = run.options().pick(30_000, 300);
        ServiceProcess ledger = run.startLedger();
        BenchRun.awaitReady(ledger);
        report.conditions(run, "ledger (-Xmx768m) alone in a JVM of its own; the bench answers each dispatch with started + succeeded events");
        try (Admin admin = run.admin(); FastExecutor executor = new FastExecutor(run.bootstrapServers(), Clock.systemUTC());
             RunTimeline timeline = new RunTimeline(run.bootstrapServers())) {
            timeline.onDispatch(executor::answer);
            Map<String, Long> changelogBefore = changelogRecords(admin);
            double transitionsBefore = MetricsScrape.sum(ledger.httpPort(), TRANSITIONS);
            double cpuBefore = ledger.cpuSeconds();
            long completedBefore = completed(ledger);
            long start = System.nanoTime();
            try (RunRequestLoad load = RunRequestLoad.noOp(run.bootstrapServers(), Clock.systemUTC())) {
                load.allDue(runs, Clock.systemUTC().instant());
            }
            boolean done = Waits.until(() -> completed(ledger) - completedBefore >= runs, TIMEOUT);
            double seconds = (System.nanoTime() - start) / 1e9;
            double transitions = MetricsScrape.sum(ledger.httpPort(), TRANSITIONS) - transitionsBefore;
            double cpu = ledger.cpuSeconds() - cpuBefore;
            Map<String, Long> changelogAfter = changelogRecords(admin);
            long changelog = total(changelogAfter) - total(changelogBefore);
            double perSecond = transitions / seconds;
            report.section("One ledger instance", String.format(Locale.ROOT, """
                    | figure | value |
                    |---|---|
                    | runs (requested → queued → dispatched → processing → completed) | %,d%s |
                    | transitions | %,.0f in %.1f s |
                    | **transitions per second** | **%,.0f** (%,.0f runs/s) |
                    | share of raw Kafka's producer rate (%,.0f records/s) | %.2f %% |
                    | changelog records written (offsets, commit markers included) | %,d, **%.2f per transition** |
                    | ledger CPU | %.1f s, %.2f cores, %.2f CPU ms per transition |
                    """, runs, done ? "" : " (not all completed within " + TIMEOUT + ")", transitions, seconds, perSecond,
                    runs / seconds, raw.producerRecordsPerSecond(), 100 * perSecond / raw.producerRecordsPerSecond(), changelog,
                    changelog / Math.max(1, transitions), cpu, cpu / seconds, cpu * 1000 / Math.max(1, transitions)));
            report.section("Changelog records by store", "| changelog | records | per transition |\n|---|---|---|\n"
                    + perChangelog(changelogBefore, changelogAfter, transitions));
            report.summarise(String.format(Locale.ROOT, "one ledger instance: **%,.0f transitions/s** (%.2f %% of raw Kafka's producer rate), "
                    + "%.2f changelog records per transition", perSecond, 100 * perSecond / raw.producerRecordsPerSecond(),
                    changelog / Math.max(1, transitions)));
        }
    }

    private static long completed(ServiceProcess ledger) {
        return MetricsScrape.runsInState(ledger.httpPort(), "COMPLETED");
    }

    /** The end offsets of the ledger's changelog topics, summed per topic. */
    private static Map<String, Long> changelogRecords(Admin admin) throws Exception {
        Set<String> changelogs = admin.listTopics().names().get().stream()
                .filter(name -> name.startsWith("kairos-ledger-") && name.endsWith("-changelog")).collect(Collectors.toSet());
        Map<TopicPartition, OffsetSpec> request = admin.describeTopics(changelogs).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        return admin.listOffsets(request).all().get().entrySet().stream().collect(Collectors.groupingBy(
                entry -> entry.getKey().topic(), TreeMap::new, Collectors.summingLong(entry -> entry.getValue().offset())));
    }

    /** Per changelog, the records written since {@code before}, per transition. */
    private static String perChangelog(Map<String, Long> before, Map<String, Long> after, double transitions) {
        StringBuilder rows = new StringBuilder();
        after.forEach((topic, end) -> rows.append(String.format(Locale.ROOT, "| `%s` | %,d | %.2f |%n", topic,
                end - before.getOrDefault(topic, 0L), (end - before.getOrDefault(topic, 0L)) / Math.max(1, transitions))));
        return rows.toString();
    }

    private static long total(Map<String, Long> records) {
        return records.values().stream().mapToLong(Long::longValue).sum();
    }
}
