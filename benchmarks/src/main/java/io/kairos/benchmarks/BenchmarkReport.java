package io.kairos.benchmarks;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The figures of one benchmark run, as a block of text with a Markdown table row at its end. */
record BenchmarkReport(BenchmarkSettings settings, long firstReadyMillis, long loadMillis, FireLagRecorder lag,
                       long heapUsedBytes, long rssBytes, long warmRestartMillis, long coldRestoreMillis) {

    private static final double MIB = 1024.0 * 1024.0;

    @Override
    public String toString() {
        return String.format(Locale.ROOT, """
                trigger benchmark: %d pipelines, schedule %s, trigger heap -Xmx%s, %d partitions, punctuation %s
                  load: published and scheduled in %.1f s (first start ready in %d ms)
                  fired %d run-requests in %d s
                  emit lag    (emit - scheduled)    %s
                  visible lag (read_committed read) %s
                  heap used after GC %.0f MiB, RSS %.0f MiB
                  restart, state kept: RUNNING in %d ms; state deleted, restored from changelogs: RUNNING in %d ms
                | %d | %s | %d | %s | %s | %.0f MiB | %.0f MiB | %.1f s | %d ms | %d ms |""",
                settings.pipelines(), settings.schedule().wireName(), settings.triggerHeap(), settings.partitions(),
                settings.punctuation(), loadMillis / 1000.0, firstReadyMillis, lag.records, settings.measure().toSeconds(),
                percentiles(lag.emitLag), percentiles(lag.visibleLag), heapUsedBytes / MIB, rssBytes / MIB,
                warmRestartMillis, coldRestoreMillis,
                settings.pipelines(), settings.schedule().wireName(), lag.records, cells(lag.emitLag), cells(lag.visibleLag),
                heapUsedBytes / MIB, rssBytes / MIB, loadMillis / 1000.0, warmRestartMillis, coldRestoreMillis);
    }

    private static String percentiles(Histogram histogram) {
        return String.format(Locale.ROOT, "p50 %d ms, p99 %d ms, max %d ms", histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(99), histogram.getMaxValue());
    }

    private static String cells(Histogram histogram) {
        return String.format(Locale.ROOT, "%d / %d / %d ms", histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(99), histogram.getMaxValue());
    }
}
