package io.kairos.infra.faults.history;

import io.kairos.model.run.RunCancelled;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunFailed;
import io.kairos.model.run.RunHeartbeat;
import io.kairos.model.run.RunReleased;
import io.kairos.model.run.RunStarted;
import io.kairos.model.run.RunSucceeded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When one attempt ran on one worker, on that worker's clock: from its {@code started} to its outcome
 * ({@code succeeded}, {@code failed}, {@code cancelled}, {@code released}); an attempt stopped silently
 * (fenced, or its worker killed) ends at its last heartbeat, so a span is never longer than what the
 * events prove.
 */
record AttemptSpan(AttemptKey key, Instant start, Instant lastSeen, RunEvent outcome) {

    boolean hasOutcome() {
        return outcome != null;
    }

    Instant end() {
        return outcome != null ? outcome.at() : lastSeen;
    }

    boolean wasReleased() {
        return outcome instanceof RunReleased;
    }

    /** Whether the worker still held the attempt at {@code instant}: started by then and no outcome reported by then. */
    boolean heldAt(Instant instant) {
        return !start.isAfter(instant) && (outcome == null || outcome.at().isAfter(instant));
    }

    /** The spans of every started attempt in {@code events}. */
    static List<AttemptSpan> of(List<RunEvent> events) {
        Map<AttemptKey, AttemptSpan> spans = new LinkedHashMap<>();
        events.stream().filter(RunStarted.class::isInstance).forEach(event ->
                spans.putIfAbsent(keyOf(event), new AttemptSpan(keyOf(event), event.at(), event.at(), null)));
        for (RunEvent event : events) {
            AttemptSpan span = spans.get(keyOf(event));
            if (span != null) {
                spans.put(span.key(), span.with(event));
            }
        }
        return new ArrayList<>(spans.values());
    }

    private AttemptSpan with(RunEvent event) {
        if (event instanceof RunHeartbeat && event.at().isAfter(lastSeen)) {
            return new AttemptSpan(key, start, event.at(), outcome);
        }
        if (isOutcome(event) && outcome == null) {
            return new AttemptSpan(key, start, lastSeen, event);
        }
        return this;
    }

    static boolean isOutcome(RunEvent event) {
        return event instanceof RunSucceeded || event instanceof RunFailed || event instanceof RunCancelled
                || event instanceof RunReleased;
    }

    static AttemptKey keyOf(RunEvent event) {
        return new AttemptKey(event.runId(), event.attempt(), event.workerId());
    }
}
