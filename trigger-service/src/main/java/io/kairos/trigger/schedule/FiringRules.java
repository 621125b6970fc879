package io.kairos.trigger.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * The trigger-wide rules of firing.
 *
 * @param missedAfter     a scheduled time first reached more than this after its due time was missed
 *                        (an outage, a failover) and follows the pipeline's catch-up policy
 * @param maxRecordsPerPlan the most records one plan holds, bounding a transaction's size when a long
 *                        outage or pause left many times to account
 */
public record FiringRules(Duration missedAfter, int maxRecordsPerPlan) {

    public static final Duration DEFAULT_MISSED_AFTER = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_RECORDS_PER_PLAN = 10_000;
    public static final FiringRules DEFAULT = new FiringRules(DEFAULT_MISSED_AFTER, DEFAULT_MAX_RECORDS_PER_PLAN);

    public FiringRules {
        Objects.requireNonNull(missedAfter, "missedAfter");
        if (missedAfter.isNegative()) {
            throw new IllegalArgumentException("missedAfter: must not be negative, was " + missedAfter);
        }
        if (maxRecordsPerPlan < 1) {
            throw new IllegalArgumentException("maxRecordsPerPlan: must be at least 1, was " + maxRecordsPerPlan);
        }
    }
}
