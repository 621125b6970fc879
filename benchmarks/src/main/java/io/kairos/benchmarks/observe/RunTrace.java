package io.kairos.benchmarks.observe;

/**
 * What the bench saw of one run, in epoch milliseconds (0 = not seen): when it was scheduled, when
 * its request was written (record timestamp), when its first dispatch became visible in a lane
 * (read_committed), when its first attempt started (the worker's {@code at}), and how often it
 * was dispatched, started and completed.
 */
public final class RunTrace {

    long scheduled;
    long requested;
    long dispatchVisible;
    long lastDispatchVisible;
    String lastWorker;
    long started;
    long lastStarted;
    int dispatches;
    int starts;
    int successes;
    int maxAttempt;

    public long scheduled() {
        return scheduled;
    }

    public long requested() {
        return requested;
    }

    public long dispatchVisible() {
        return dispatchVisible;
    }

    public long lastDispatchVisible() {
        return lastDispatchVisible;
    }

    /** The worker of the latest start seen. */
    public String lastWorker() {
        return lastWorker;
    }

    public long started() {
        return started;
    }

    public long lastStarted() {
        return lastStarted;
    }

    public int dispatches() {
        return dispatches;
    }

    public int starts() {
        return starts;
    }

    public int successes() {
        return successes;
    }

    public int maxAttempt() {
        return maxAttempt;
    }

    public boolean hasStarted() {
        return started > 0;
    }
}
