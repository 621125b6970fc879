package io.kairos.worker.api;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per-tenant rate limit on submissions (runs, backfills): a token bucket each; 429 with Retry-After when empty. */
final class SubmissionLimiter {

    private final double rate;
    private final int burst;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new HashMap<>();

    SubmissionLimiter(double rate, int burst, Clock clock) {
        this.rate = rate;
        this.burst = burst;
        this.clock = clock;
    }

    /** Takes one submission from the caller's bucket, or refuses with 429. */
    synchronized void admit(Caller caller) {
        TokenBucket bucket = buckets.computeIfAbsent(caller.bucket(), b -> new TokenBucket(rate, burst, clock.instant()));
        Duration wait = bucket.take(1, clock.instant());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(429, "too many requests", List.of(new ApiProblem("",
                    "submission rate of " + caller.bucket() + " exceeded (" + rate + "/s, burst " + burst
                            + "); retry in " + seconds + "s")), Map.of("Retry-After", Long.toString(seconds)));
        }
    }
}
