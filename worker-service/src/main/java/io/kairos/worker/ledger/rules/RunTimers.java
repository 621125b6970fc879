package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.SCHEDULED;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The deadlines a run entry has now, by kind: a pure function of the entry, so indexes follow from it. */
public final class RunTimers {

    private RunTimers() {
    }

    public static Map<TimerKind, Instant> of(RunEntry entry) {
        Map<TimerKind, Instant> timers = new EnumMap<>(TimerKind.class);
        if (entry.state() == SCHEDULED && entry.dueAt() != null) {
            timers.put(TimerKind.DUE, entry.dueAt());
        }
        if (entry.state() == PROCESSING && entry.lastSeenAt() != null) {
            timers.put(TimerKind.STALE, entry.lastSeenAt().plus(entry.policy().staleAfter()));
        }
        if (entry.state() == PROCESSING && entry.stop() == null && entry.policy().timeout() != null
                && entry.startedAt() != null) {
            timers.put(TimerKind.TIMEOUT, entry.startedAt().plus(entry.policy().timeout()));
        }
        if (entry.stop() != null && entry.state().isActive()) {
            timers.put(TimerKind.GRACE, entry.stop().deadline());
        }
        if (entry.isTerminal() && entry.purgeAt() != null) {
            timers.put(TimerKind.PURGE, entry.purgeAt());
        }
        return timers;
    }
}
