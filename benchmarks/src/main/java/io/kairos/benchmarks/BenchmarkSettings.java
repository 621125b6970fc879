package io.kairos.benchmarks;

import io.kairos.trigger.TriggerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What to run: {@code --pipelines N --schedule spread-minute|spread-hour|aligned [--measure PT70S]
 * [--trigger-heap 1g] [--partitions 12] [--work-dir DIR] [--restore true|false] [--punctuation PT0.05S]}.
 */
record BenchmarkSettings(int pipelines, BenchmarkSchedule schedule, Duration measure, String triggerHeap,
                         int partitions, Path workDir, boolean measureRestore, Duration punctuation) {

    static final int DEFAULT_PIPELINES = 10_000;
    static final Duration DEFAULT_MEASURE = Duration.ofSeconds(70);
    static final String DEFAULT_TRIGGER_HEAP = "1g";
    static final int DEFAULT_PARTITIONS = 12;

    BenchmarkSettings {
        if (pipelines < 1) {
            throw new IllegalArgumentException("--pipelines: must be at least 1, was " + pipelines);
        }
    }

    static BenchmarkSettings parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return new BenchmarkSettings(
                Integer.parseInt(options.getOrDefault("pipelines", String.valueOf(DEFAULT_PIPELINES))),
                BenchmarkSchedule.parse(options.getOrDefault("schedule", "spread-minute")),
                Duration.parse(options.getOrDefault("measure", DEFAULT_MEASURE.toString())),
                options.getOrDefault("trigger-heap", DEFAULT_TRIGGER_HEAP),
                Integer.parseInt(options.getOrDefault("partitions", String.valueOf(DEFAULT_PARTITIONS))),
                Path.of(options.getOrDefault("work-dir", Path.of("target", "trigger-benchmark").toString())),
                Boolean.parseBoolean(options.getOrDefault("restore", "true")),
                Duration.parse(options.getOrDefault("punctuation", TriggerConfig.DEFAULT_PUNCTUATION_INTERVAL.toString())));
    }
}
