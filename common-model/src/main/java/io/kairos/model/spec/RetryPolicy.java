package io.kairos.model.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a failed run is tried again, and how long it waits in between: exponential backoff from
 * {@code backoff}, doubled per attempt, capped at {@code maxBackoff}, spread by {@code jitter}.
 *
 * @param maxAttempts executions in all, the first included (1 means no retry)
 * @param jitter      fraction in [0, 1]: each delay is drawn from {@code delay * (1 ± jitter)}
 */
public record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff, double jitter) {

    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofMinutes(5);
    public static final double DEFAULT_JITTER = 0.2;
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_JITTER);
    public static final RetryPolicy NONE = new RetryPolicy(1, DEFAULT_BACKOFF, DEFAULT_MAX_BACKOFF, 0.0);

    public RetryPolicy {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: must be at least 1, was " + maxAttempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff: must not be negative, was " + backoff);
        }
        if (maxBackoff.compareTo(backoff) < 0) {
            throw new IllegalArgumentException("maxBackoff: must be at least backoff (" + backoff + "), was " + maxBackoff);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter: must be between 0 and 1, was " + jitter);
        }
    }

    /** Whether a run whose attempt {@code attempt} just failed may be tried again. */
    public boolean allowsAnotherAttemptAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /**
     * The wait before attempt {@code nextAttempt} (2 or more).
     *
     * @param unitRandom a number in [0, 1) drawn by the caller, so the rule itself stays pure
     */
    public Duration delayBefore(int nextAttempt, double unitRandom) {
        if (nextAttempt < 2) {
            throw new IllegalArgumentException("nextAttempt: the first attempt has no backoff, was " + nextAttempt);
        }
        int doublings = Math.min(nextAttempt - 2, 40);
        double base = Math.min((double) backoff.toMillis() * Math.pow(2, doublings), (double) maxBackoff.toMillis());
        double spread = 1.0 + jitter * (2.0 * unitRandom - 1.0);
        return Duration.ofMillis(Math.round(base * spread));
    }
}
