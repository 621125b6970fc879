package io.kairos.benchmarks;

import java.util.Locale;

/** How the benchmark's pipelines are scheduled. */
enum BenchmarkSchedule {
    /** Each pipeline once a minute, at second {@code i mod 60}: N/60 fires every second. */
    SPREAD_MINUTE,
    /** Each pipeline once an hour, spread over the 3600 seconds of the hour. */
    SPREAD_HOUR,
    /** Every pipeline at second 0 of every minute: all N due in the same second. */
    ALIGNED;

    /** The six-field cron of pipeline number {@code i}. */
    String cronOf(int i) {
        return switch (this) {
            case SPREAD_MINUTE -> (i % 60) + " * * * * *";
            case SPREAD_HOUR -> (i % 60) + " " + (i / 60 % 60) + " * * * *";
            case ALIGNED -> "0 * * * * *";
        };
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static BenchmarkSchedule parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
