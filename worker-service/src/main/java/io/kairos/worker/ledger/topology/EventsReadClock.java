package io.kairos.worker.ledger.topology;

import java.time.Duration;
import java.time.Instant;

/**
 * How far one ledger task has read the workers' reports: staleness is judged on this clock, so a
 * ledger catching up on a backlog (after a restart, under load) never presumes a worker dead
 * whose heartbeat or result it simply has not read yet. While the task reads reports written more
 * than {@link #CAUGHT_UP_LAG} ago, it has read up to the write time of the last one; once it reads
 * them as they come, or has had none to read for {@link #IDLE_AFTER}, it is caught up and the clock
 * is the wall clock.
 */
final class EventsReadClock {

    static final Duration CAUGHT_UP_LAG = Duration.ofSeconds(1);
    static final Duration IDLE_AFTER = Duration.ofSeconds(2);

    private long lastWrittenMillis = -1;
    private long lastReadMillis;

    /** A report written at {@code writtenMillis} (its record timestamp) was read at {@code readMillis}. */
    void read(long writtenMillis, long readMillis) {
        lastWrittenMillis = writtenMillis;
        lastReadMillis = readMillis;
    }

    /** Every report written before the returned instant has been read, as far as this task can tell. */
    Instant readUpTo(Instant now) {
        boolean behind = lastWrittenMillis >= 0 && lastReadMillis - lastWrittenMillis > CAUGHT_UP_LAG.toMillis()
                && now.toEpochMilli() - lastReadMillis < IDLE_AFTER.toMillis();
        return behind ? Instant.ofEpochMilli(lastWrittenMillis) : now;
    }
}
