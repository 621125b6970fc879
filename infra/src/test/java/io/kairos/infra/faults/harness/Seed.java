package io.kairos.infra.faults.harness;

import java.util.List;
import java.util.Random;

/**
 * The seed of this run of the fault suite, from the system property {@code kairos.faults.seed}
 * (default 1): it picks victims and varies run lengths, so the full matrix ({@code -Pfaults}) runs
 * every scenario under several seeds, and a failing seed can be run again alone.
 */
public final class Seed {

    public static final String PROPERTY = "kairos.faults.seed";

    private Seed() {
    }

    public static long current() {
        return Long.getLong(PROPERTY, 1L);
    }

    public static Random random() {
        return new Random(current());
    }

    /** One of {@code choices}, picked by the seed's {@code random}. */
    public static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
