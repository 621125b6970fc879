package io.kairos.cli;

import java.time.Clock;
import java.time.ZoneOffset;

/** Who runs kairosctl and when: the {@code requestedBy} of commands, and the clock of the command line. */
public final class Operator {

    public static final Clock CLOCK = Clock.tickMillis(ZoneOffset.UTC);

    private Operator() {
    }

    public static String name() {
        return "kairosctl:" + System.getProperty("user.name", "unknown");
    }
}
