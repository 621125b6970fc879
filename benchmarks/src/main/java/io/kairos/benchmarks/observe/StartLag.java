package io.kairos.benchmarks.observe;

import java.util.Collection;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Start lag (worker start minus scheduled time) of a set of runs, split into its stages: fire lag
 * (request written minus scheduled), ledger (request written until its dispatch is visible in a
 * lane: the writer's commit, the ledger and its commit) and executor (dispatch visible until the
 * worker started it: fetch, slot wait, launch). A run that never started counts as infinitely late
 * (recorded at the histogram's highest value) and is counted in {@link #neverStarted}.
 */
public final class StartLag {

    public static final long HIGHEST_MILLIS = 3_600_000;

    public final Histogram total = histogram();
    public final Histogram fire = histogram();
    public final Histogram ledger = histogram();
    public final Histogram executor = histogram();
    public long runs;
    public long neverStarted;

    public static StartLag of(Collection<RunTrace> traces) {
        StartLag lag = new StartLag();
        traces.stream().filter(trace -> trace.scheduled() > 0).forEach(lag::add);
        return lag;
    }

    private void add(RunTrace trace) {
        runs++;
        if (!trace.hasStarted()) {
            neverStarted++;
            total.recordValue(HIGHEST_MILLIS);
            return;
        }
        total.recordValue(clamp(trace.started() - trace.scheduled()));
        fire.recordValue(clamp(trace.requested() - trace.scheduled()));
        if (trace.dispatchVisible() > 0) {
            ledger.recordValue(clamp(trace.dispatchVisible() - trace.requested()));
            executor.recordValue(clamp(trace.started() - trace.dispatchVisible()));
        }
    }

    /** A Markdown table row: label, p50, p95, p99, p99.9, max (ms). */
    public static String row(String label, Histogram histogram) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", label, ms(histogram, 50), ms(histogram, 95),
                ms(histogram, 99), ms(histogram, 99.9), histogram.getTotalCount() == 0 ? "–" : format(histogram.getMaxValue()));
    }

    public static String header() {
        return "| stage | p50 | p95 | p99 | p99.9 | max |\n|---|---|---|---|---|---|";
    }

    /** The four rows of this split under {@link #header()}. */
    public String table() {
        return String.join("\n", header(), row("start lag (start − scheduled)", total),
                row("fire lag (request written − scheduled)", fire),
                row("ledger (request written → dispatch visible)", ledger),
                row("executor (dispatch visible → started)", executor));
    }

    public long p99() {
        return total.getValueAtPercentile(99);
    }

    private static String ms(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? "–" : format(histogram.getValueAtPercentile(percentile));
    }

    private static String format(long millis) {
        return millis >= HIGHEST_MILLIS ? "∞" : String.format(Locale.ROOT, "%,d ms", millis);
    }

    private static long clamp(long millis) {
        return Math.max(0, Math.min(millis, HIGHEST_MILLIS));
    }

    private static Histogram histogram() {
        return new Histogram(HIGHEST_MILLIS, 3);
    }
}
