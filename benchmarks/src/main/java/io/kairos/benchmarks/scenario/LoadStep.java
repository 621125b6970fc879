package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.ServiceProcess;
import io.kairos.benchmarks.bench.Waits;
import io.kairos.benchmarks.load.RunRequestLoad;
import io.kairos.benchmarks.observe.RunTimeline;
import io.kairos.benchmarks.observe.RunTrace;
import io.kairos.benchmarks.observe.StartLag;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One open-loop step: {@code rate} runs per second for {@code duration}, then a grace period for the
 * last runs to start. Measures the start lag of the step's runs, the backlog (requested but not
 * started) when the load stopped, and the CPU seconds each process used.
 */
final class LoadStep {

    static final Duration GRACE = Duration.ofSeconds(10);
    static final double MAX_P99_MILLIS = 1_000;

    final int rate;
    final long runs;
    final StartLag lag;
    final long backlogAtEnd;
    final String cpu;

    private LoadStep(int rate, long runs, StartLag lag, long backlogAtEnd, String cpu) {
        this.rate = rate;
        this.runs = runs;
        this.lag = lag;
        this.backlogAtEnd = backlogAtEnd;
        this.cpu = cpu;
    }

    static LoadStep run(int rate, Duration duration, RunRequestLoad load, RunTimeline timeline,
                        List<ServiceProcess> processes) throws InterruptedException {
        long from = System.currentTimeMillis();
        long requestedBefore = timeline.requested();
        double[] cpuBefore = cpu(processes);
        long sent = load.openLoop(rate, duration);
        long to = System.currentTimeMillis();
        double[] cpuAfter = cpu(processes);
        Waits.until(() -> timeline.requested() - requestedBefore >= sent, GRACE);
        long backlog = backlog(timeline, from, to);
        Waits.until(() -> backlog(timeline, from, to) == 0, GRACE);
        List<RunTrace> step = timeline.traces().values().stream()
                .filter(trace -> trace.scheduled() >= from && trace.scheduled() < to).toList();
        return new LoadStep(rate, sent, StartLag.of(step), backlog, cpuShare(processes, cpuBefore, cpuAfter, to - from));
    }

    /** Runs scheduled in [from, to) that have not started. */
    static long backlog(RunTimeline timeline, long from, long to) {
        return timeline.traces().values().stream()
                .filter(trace -> trace.scheduled() >= from && trace.scheduled() < to && !trace.hasStarted()).count();
    }

    /** Passed: p99 start lag within 1 s and less than one second of runs left waiting when the load stopped. */
    boolean passed() {
        return keptUp() && lag.p99() <= MAX_P99_MILLIS;
    }

    /** Kept up: every run started and less than one second of runs waited when the load stopped (a flat backlog). */
    boolean keptUp() {
        return lag.neverStarted == 0 && backlogAtEnd <= rate;
    }

    String row() {
        return String.format(Locale.ROOT, "| %,d | %,d | %,d ms | %,d ms | %,d ms | %,d | %,d | %s | %s |", rate, runs,
                lag.total.getValueAtPercentile(50), lag.total.getValueAtPercentile(99), lag.total.getMaxValue(),
                lag.neverStarted, backlogAtEnd, cpu, passed() ? "pass" : keptUp() ? "kept up, p99 > 1 s" : "FAIL");
    }

    static String header() {
        return "| rate (runs/s) | runs | start lag p50 | p99 | max | never started | backlog when load stopped | CPU use (cores) | |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }

    private static double[] cpu(List<ServiceProcess> processes) {
        double[] seconds = new double[processes.size() + 1];
        for (int i = 0; i < processes.size(); i++) {
            seconds[i] = processes.get(i).cpuSeconds();
        }
        seconds[processes.size()] = io.kairos.benchmarks.observe.ProcessStats.cpuSeconds(
                io.kairos.benchmarks.observe.ProcessStats.currentPid());
        return seconds;
    }

    static String cpuShare(List<ServiceProcess> processes, double[] before, double[] after, long millis) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= processes.size(); i++) {
            String name = i < processes.size() ? processes.get(i).name() : "bench+broker";
            text.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", name,
                    (after[i] - before[i]) / (millis / 1000.0)));
        }
        return text.toString();
    }

    static String cpuOf(List<ServiceProcess> processes) {
        return processes.stream().map(ServiceProcess::name).collect(Collectors.joining(", "));
    }
}
