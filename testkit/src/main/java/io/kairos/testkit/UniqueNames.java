package io.kairos.testkit;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes topic and application-id names that no other test, and no earlier run against a shared
 * cluster, uses: {@code <prefix>-<short test name>-<counter>-<run token>}. Only characters legal in
 * topic names are produced.
 */
final class UniqueNames {

    static final int MAX_TEST_NAME_LENGTH = 24;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN_TOKEN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);

    private UniqueNames() {
    }

    static String next(String prefix, String testName) {
        return prefix + "-" + shorten(testName) + "-" + COUNTER.incrementAndGet() + "-" + RUN_TOKEN;
    }

    private static String shorten(String testName) {
        String legal = testName.replaceAll("[^A-Za-z0-9]", "");
        String shortened = legal.length() > MAX_TEST_NAME_LENGTH ? legal.substring(0, MAX_TEST_NAME_LENGTH) : legal;
        return shortened.isEmpty() ? "test" : shortened.toLowerCase(Locale.ROOT);
    }
}
