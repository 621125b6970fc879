package io.kairos.worker.api;

import java.time.Duration;
import java.time.Instant;

/** A token bucket: {@code burst} tokens, refilled at {@code rate} per second. Not thread-safe; see {@link SubmissionLimiter}. */
final class TokenBucket {

    private final double rate;
    private final int burst;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(double rate, int burst, Instant now) {
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAt = now;
    }

    /** Takes {@code n} tokens: zero when it could, else how long until it could (nothing taken). */
    Duration take(int n, Instant now) {
        refill(now);
        if (tokens >= n) {
            tokens -= n;
            return Duration.ZERO;
        }
        return Duration.ofMillis((long) Math.ceil((n - tokens) / rate * 1000));
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            tokens = Math.min(burst, tokens + Duration.between(refilledAt, now).toNanos() / 1e9 * rate);
            refilledAt = now;
        }
    }
}
