package io.kairos.worker.report;

import java.time.Duration;

/** How often a running attempt sends a heartbeat: the configured interval, or a third of its staleAfter if shorter. */
public final class HeartbeatInterval {

    public static final Duration DEFAULT = Duration.ofSeconds(2);
    public static final Duration MINIMUM = Duration.ofMillis(100);
    private static final int BEATS_PER_STALE_PERIOD = 3;

    private HeartbeatInterval() {
    }

    public static Duration of(Duration configured, Duration staleAfter) {
        Duration withinStale = staleAfter.dividedBy(BEATS_PER_STALE_PERIOD);
        Duration interval = withinStale.compareTo(configured) < 0 ? withinStale : configured;
        return interval.compareTo(MINIMUM) < 0 ? MINIMUM : interval;
    }
}
