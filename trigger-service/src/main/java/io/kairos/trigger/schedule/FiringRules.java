package io.kairos.trigger.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * The trigger-wide rules of firing.
 *
 * @param missedAfter     a scheduled time first reached more than this after its due time was missed
 *                        (an outage, a failover) and follows the pipeline's catch-up policy
 * @param maxRecordsPerPlan the most records one plan of one pipeline holds, so a long outage or pause
 *                        of one pipeline is worked off in pieces
 * @param maxRecordsPerPunctuation the most records one punctuation of one task emits; the rest follow
 *                        at the next punctuation, after a commit. Keeps every transaction well inside
 *                        the transaction timeout when many pipelines are due at once.
 * @param maxPunctuationWork the longest one punctuation of one task works before it stops for a
 *                        commit, whatever the machine's load: the time-based twin of the record limit
 */
public record FiringRules(Duration missedAfter, int maxRecordsPerPlan, int maxRecordsPerPunctuation,
                          Duration maxPunctuationWork) {

    public static final Duration DEFAULT_MISSED_AFTER = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_RECORDS_PER_PLAN = 1_000;
    /**
     * With exactly-once v2 all tasks of a stream thread share one transaction, committed after every
     * task has punctuated: a thread's round emits up to (its tasks × this) records, which must stay
     * well within the transaction timeout (10 s by default in Kafka Streams).
     */
    public static final int DEFAULT_MAX_RECORDS_PER_PUNCTUATION = 2_000;
    public static final Duration DEFAULT_MAX_PUNCTUATION_WORK = Duration.ofMillis(250);
    public static final FiringRules DEFAULT = new FiringRules(DEFAULT_MISSED_AFTER, DEFAULT_MAX_RECORDS_PER_PLAN,
            DEFAULT_MAX_RECORDS_PER_PUNCTUATION, DEFAULT_MAX_PUNCTUATION_WORK);

    public FiringRules {
        Objects.requireNonNull(missedAfter, "missedAfter");
        if (missedAfter.isNegative()) {
            throw new IllegalArgumentException("missedAfter: must not be negative, was " + missedAfter);
        }
        if (maxRecordsPerPlan < 1) {
            throw new IllegalArgumentException("maxRecordsPerPlan: must be at least 1, was " + maxRecordsPerPlan);
        }
        Objects.requireNonNull(maxPunctuationWork, "maxPunctuationWork");
        if (maxPunctuationWork.isNegative() || maxPunctuationWork.isZero()) {
            throw new IllegalArgumentException("maxPunctuationWork: must be positive, was " + maxPunctuationWork);
        }
        if (maxRecordsPerPunctuation < maxRecordsPerPlan) {
            throw new IllegalArgumentException("maxRecordsPerPunctuation: must be at least maxRecordsPerPlan "
                    + maxRecordsPerPlan + ", was " + maxRecordsPerPunctuation);
        }
    }
}
