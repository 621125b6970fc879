package io.kairos.trigger.schedule;

import io.kairos.model.id.PipelineId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The delay a pipeline with {@code jitter} adds to each of its scheduled times: a fixed fraction of
 * the jitter derived from the pipeline id, so pipelines sharing a minute spread over it, and the same
 * pipeline always gets the same offset on every instance and after every restart.
 */
public final class JitterOffset {

    private JitterOffset() {
    }

    /** An offset in {@code [0, jitter)} at millisecond resolution; zero when the jitter is zero. */
    public static Duration of(PipelineId id, Duration jitter) {
        long range = jitter.toMillis();
        if (range <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.floorMod(mix(fnv1a(id.value())), range));
    }

    /** FNV-1a over the UTF-8 bytes: fixed by definition, unlike a library's hash. */
    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The SplitMix64 finaliser, so ids differing in one character land far apart. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
