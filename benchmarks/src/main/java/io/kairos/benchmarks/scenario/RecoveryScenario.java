package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.BenchReport;
import io.kairos.benchmarks.bench.BenchRun;
import io.kairos.benchmarks.bench.BenchState;
import io.kairos.benchmarks.bench.Scenario;
import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.bench.Waits;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.RunTimeline;
import io.kairos.benchmarks.observe.RunTrace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code kill -9} of a worker holding runs, then of the ledger (under a steady load, and holding a backlog):
 * how long until the loss is noticed, how long until the runs start again, and how many executions were
 * duplicated per 1,000 runs affected.
 */
public final class RecoveryScenario implements Scenario {

    @Override
    public String name() {
        return "recovery";
    }

    @Override
    public String description() {
        return "kill -9 of a worker holding runs and of the ledger: detection, restart, duplicates per 1,000";
    }

    @Override
    public void run(BenchRun run, BenchReport report, BenchState state) throws Exception {
        RawBaselines.measure(run, report);
        report.conditions(run, "ledger and two executors (worker kill), ledger and one executor (ledger kill), each in a JVM of its own");
        new WorkerKill(run, report).measure();
        try (BenchRun second = BenchRun.start(run.options(), name() + "-ledger")) {
            new LedgerKill(second, report).measure();
        }
        try (BenchRun third = BenchRun.start(run.options(), name() + "-ledger-backlog")) {
            new LedgerKillWithBacklog(third, report).measure();
        }
    }

    /** Executions beyond what the runs needed: one each, two for a run whose first attempt died with its worker. */
    static long duplicates(Map<String, RunTrace> traces, Set<String> lostAnAttempt) {
        return traces.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue().starts()
                - (lostAnAttempt.contains(e.getKey()) ? 2 : 1))).sum();
    }

    /** The worker holding the most runs that have not completed. */
    static String busiestWorker(Collection<RunTrace> traces) {
        Map<String, Long> held = traces.stream().filter(trace -> trace.hasStarted() && trace.successes() == 0)
                .collect(Collectors.groupingBy(RunTrace::lastWorker, Collectors.counting()));
        return held.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("no worker holds a run"));
    }

    static String millis(long value) {
        return String.format(Locale.ROOT, "%,d ms", value);
    }

    /** A worker killed while it holds runs; the other worker takes them once the ledger judges them stale. */
    private record WorkerKill(BenchRun run, BenchReport report) {

        void measure() throws Exception {
            // As many runs as one executor has slots: however they split, the survivor has room for every
            // lost run, so the figures time the recovery, not the wait for the survivor's own runs to end.
            int runs = run.options().pick(BenchRun.SLOTS, 10);
            Duration runFor = run.options().pick(Duration.ofSeconds(30), Duration.ofSeconds(8));
            Duration staleAfter = run.options().pick(Duration.ofSeconds(6), Duration.ofSeconds(3));
            ServiceProcess ledger = run.startLedger();
            ServiceProcess a = run.startExecutor("bench-executor-a", BenchRun.SLOTS);
            ServiceProcess b = run.startExecutor("bench-executor-b", BenchRun.SLOTS);
            BenchRun.awaitReady(ledger, a, b);
            try (RunRequestLoad load = new RunRequestLoad(run.bootstrapServers(), Clock.systemUTC(), runFor, staleAfter);
                 RunTimeline timeline = new RunTimeline(run.bootstrapServers())) {
                load.allDue(runs, Clock.systemUTC().instant());
                require(Waits.until(() -> timeline.started() >= runs, Duration.ofMinutes(2)), "all runs started");
                String victim = busiestWorker(timeline.traces().values());
                ServiceProcess victimProcess = victim.equals("bench-executor-a") ? a : b;
                List<String> affected = timeline.traces().entrySet().stream()
                        .filter(e -> victim.equals(e.getValue().lastWorker()) && e.getValue().successes() == 0)
                        .map(Map.Entry::getKey).toList();
                long killedAt = System.currentTimeMillis();
                victimProcess.kill();
                boolean restarted = Waits.until(() -> affected.stream().allMatch(id -> timeline.traces().get(id).lastStarted() > killedAt),
                        staleAfter.plus(Duration.ofMinutes(2)));
                boolean completed = Waits.until(() -> timeline.traces().values().stream().allMatch(t -> t.successes() > 0),
                        runFor.plus(Duration.ofMinutes(2)));
                report.section("kill -9 of a worker holding runs", table(timeline, affected, killedAt, runs, restarted,
                        completed, staleAfter));
            }
        }

        private String table(RunTimeline timeline, List<String> affected, long killedAt, int runs, boolean restarted,
                             boolean completed, Duration staleAfter) {
            Map<String, RunTrace> traces = timeline.traces();
            List<RunTrace> lost = affected.stream().map(traces::get).toList();
            long detected = lost.stream().mapToLong(t -> t.lastDispatchVisible() - killedAt).filter(d -> d > 0).min().orElse(-1);
            long[] restart = lost.stream().mapToLong(t -> t.lastStarted() - killedAt).sorted().toArray();
            long duplicates = duplicates(traces, Set.copyOf(affected));
            report.summarise(String.format(Locale.ROOT, "worker kill: %d runs lost with it; re-dispatched after %s (staleAfter %s); "
                    + "all running again after %s; %.1f duplicate executions per 1,000 affected", lost.size(),
                    millis(detected), staleAfter, millis(restart.length == 0 ? -1 : restart[restart.length - 1]),
                    lost.isEmpty() ? 0.0 : duplicates * 1000.0 / lost.size()));
            return String.format(Locale.ROOT, """
                    | figure | value |
                    |---|---|
                    | runs running on two executors when one was killed | %d (%d on the killed one) |
                    | staleAfter of the runs (heartbeat every staleAfter / 3) | %s |
                    | detection: kill → first re-dispatch visible in a lane | %s |
                    | kill → first / median / last lost run started again | %s / %s / %s |
                    | every lost run started again | %s |
                    | every run completed | %s |
                    | duplicate executions (beyond one per run, two per lost run) | %d, %.1f per 1,000 affected |
                    """, runs, lost.size(), staleAfter, millis(detected), millis(at(restart, 0)), millis(at(restart, 0.5)),
                    millis(at(restart, 1)), restarted ? "yes" : "no", completed ? "yes" : "no", duplicates,
                    lost.isEmpty() ? 0.0 : duplicates * 1000.0 / lost.size());
        }
    }

    /** The ledger killed under a steady load and restarted at once on its state, as a supervisor would. */
    private record LedgerKill(BenchRun run, BenchReport report) {

        void measure() throws Exception {
            int rate = run.options().pick(100, 10);
            Duration loadFor = run.options().pick(Duration.ofSeconds(60), Duration.ofSeconds(9));
            Duration runFor = Duration.ofSeconds(1);
            ServiceProcess ledger = run.startLedger();
            ServiceProcess executor = run.startExecutor("bench-executor-1", BenchRun.SLOTS);
            BenchRun.awaitReady(ledger, executor);
            try (RunRequestLoad load = new RunRequestLoad(run.bootstrapServers(), Clock.systemUTC(), runFor,
                    io.kairos.model.spec.PipelineSpec.DEFAULT_STALE_AFTER);
                 RunTimeline timeline = new RunTimeline(run.bootstrapServers())) {
                Thread loader = new Thread(() -> openLoop(load, rate, loadFor), "bench-recovery-load");
                loader.start();
                Thread.sleep(loadFor.dividedBy(3).toMillis());
                long killedAt = System.currentTimeMillis();
                ledger.kill();
                ServiceProcess restarted = run.startLedger();
                restarted.awaitReady(BenchRun.READY_TIMEOUT);
                long readyAt = System.currentTimeMillis();
                loader.join();
                long sent = load.sent();
                boolean completed = Waits.until(() -> timeline.succeeded() >= sent, Duration.ofMinutes(3));
                report.section("kill -9 of the ledger", table(timeline, killedAt, readyAt, rate, runFor, completed));
            }
        }

        private String table(RunTimeline timeline, long killedAt, long readyAt, int rate, Duration runFor, boolean completed) {
            Map<String, RunTrace> all = timeline.traces();
            Collection<RunTrace> traces = all.values();
            long resumed = traces.stream().filter(t -> t.dispatchVisible() > killedAt).mapToLong(RunTrace::dispatchVisible)
                    .min().orElse(-1) - killedAt;
            long firstStart = traces.stream().filter(t -> t.dispatchVisible() > killedAt && t.hasStarted())
                    .mapToLong(RunTrace::started).min().orElse(-1) - killedAt;
            long affected = traces.stream().filter(t -> t.scheduled() >= killedAt - runFor.toMillis() - 1_000
                    && t.scheduled() <= killedAt + resumed).count();
            long duplicates = duplicates(all, Set.of());
            long retried = traces.stream().filter(t -> t.maxAttempt() > 1).count();
            report.summarise(String.format(Locale.ROOT, "ledger kill: restarted ledger ready %s after the kill; dispatching resumed "
                    + "after %s; %.1f duplicate executions per 1,000 affected", millis(readyAt - killedAt), millis(resumed),
                    affected == 0 ? 0.0 : duplicates * 1000.0 / affected));
            return String.format(Locale.ROOT, """
                    | figure | value |
                    |---|---|
                    | load | %d runs/s of %s runs, %d runs in all |
                    | kill → restarted ledger ready (restart at once, state dir kept) | %s |
                    | kill → first dispatch visible in a lane | %s |
                    | kill → first run started from a new dispatch | %s |
                    | runs affected (running at the kill, or requested until dispatching resumed) | %d |
                    | runs that needed a second attempt | %d |
                    | duplicate executions (beyond one per run) | %d, %.1f per 1,000 affected |
                    | every run completed | %s |
                    """, rate, runFor, traces.size(), millis(readyAt - killedAt), millis(resumed), millis(firstStart),
                    affected, retried, duplicates, affected == 0 ? 0.0 : duplicates * 1000.0 / affected,
                    completed ? "yes" : "no");
        }

        private static void openLoop(RunRequestLoad load, int rate, Duration duration) {
            try {
                load.openLoop(rate, duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The ledger killed while it holds a backlog of dispatched runs that no executor has taken yet, and
     * restarted on its state dir: how long its restart takes (restoring the stores, then reading the index
     * keys of waiting and running runs into memory), and whether every run then completes once.
     */
    private record LedgerKillWithBacklog(BenchRun run, BenchReport report) {

        private static final Pattern KEYS_READ = Pattern.compile(
                "Ledger task \\S+: (\\d+) index keys of waiting and running runs read in (\\d+) ms");

        void measure() throws Exception {
            int runs = run.options().pick(200_000, 300);
            try (RunRequestLoad load = RunRequestLoad.noOp(run.bootstrapServers(), Clock.systemUTC())) {
                load.allDue(runs, Clock.systemUTC().instant());
            }
            try (RunTimeline timeline = new RunTimeline(run.bootstrapServers())) {
                ServiceProcess ledger = run.startLedger();
                ledger.awaitReady(BenchRun.READY_TIMEOUT);
                require(Waits.until(() -> timeline.dispatched() >= runs, Duration.ofMinutes(10)), "every run dispatched");
                long killedAt = System.currentTimeMillis();
                ledger.kill();
                ServiceProcess restarted = run.startLedger();
                restarted.awaitReady(BenchRun.READY_TIMEOUT);
                long readyAt = System.currentTimeMillis();
                ServiceProcess executor = run.startExecutor("bench-executor-1", BenchRun.SLOTS);
                executor.awaitReady(BenchRun.READY_TIMEOUT);
                boolean completed = Waits.until(() -> timeline.succeeded() >= runs, Duration.ofMinutes(10));
                long[] keysRead = keysRead(run.workDir().resolve(restarted.name() + ".log"));
                report.section("kill -9 of the ledger holding a backlog", table(timeline, runs, killedAt, readyAt,
                        keysRead, completed));
            }
        }

        /** The restarted ledger's tasks' reads of their live index keys: keys in all, milliseconds in all, slowest task. */
        private static long[] keysRead(Path log) throws IOException {
            long keys = 0;
            long millis = 0;
            long slowest = 0;
            for (String line : Files.readAllLines(log)) {
                Matcher matcher = KEYS_READ.matcher(line);
                if (matcher.find()) {
                    keys += Long.parseLong(matcher.group(1));
                    long took = Long.parseLong(matcher.group(2));
                    millis += took;
                    slowest = Math.max(slowest, took);
                }
            }
            return new long[] {keys, millis, slowest};
        }

        private String table(RunTimeline timeline, int runs, long killedAt, long readyAt, long[] keysRead, boolean completed) {
            Map<String, RunTrace> traces = timeline.traces();
            long firstStart = traces.values().stream().filter(RunTrace::hasStarted).mapToLong(RunTrace::started).min()
                    .orElse(-1) - readyAt;
            long lastSuccess = timeline.lastSucceededMillis() - readyAt;
            long duplicates = duplicates(traces, Set.of());
            report.summarise(String.format(Locale.ROOT, "ledger kill with %,d dispatched runs held: restarted ledger ready "
                    + "%s after the kill (%,d live index keys read in %s); %.1f duplicate executions per 1,000",
                    runs, millis(readyAt - killedAt), keysRead[0], millis(keysRead[1]), duplicates * 1000.0 / runs));
            return String.format(Locale.ROOT, """
                    | figure | value |
                    |---|---|
                    | runs dispatched and not yet taken when the ledger was killed (no executor running) | %,d |
                    | kill → restarted ledger ready (restart at once, state dir kept) | %s |
                    | of which reading the live index keys into memory: keys, all tasks / slowest task | %,d keys, %s / %s |
                    | ledger ready → first run started (an executor with %d slots started then) | %s |
                    | ledger ready → last run completed | %s |
                    | every run completed | %s |
                    | duplicate executions (beyond one per run) | %d, %.1f per 1,000 |
                    """, runs, millis(readyAt - killedAt), keysRead[0], millis(keysRead[1]), millis(keysRead[2]),
                    BenchRun.SLOTS, millis(firstStart), millis(lastSuccess), completed ? "yes" : "no", duplicates,
                    duplicates * 1000.0 / runs);
        }
    }

    private static long at(long[] sorted, double fraction) {
        return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, Math.round(fraction * (sorted.length - 1)))];
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("recovery: not reached in time: " + what);
        }
    }
}
