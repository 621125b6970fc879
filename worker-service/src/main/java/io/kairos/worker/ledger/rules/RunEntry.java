package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.SCHEDULED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunPolicy;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the ledger holds about one run: its state machine, the request it runs under, and the times
 * of its life on the ledger's own clock. Immutable; every change returns a new entry.
 *
 * @param receivedAt   when the ledger took the request
 * @param dueAt        while SCHEDULED: when it becomes due (notBefore or the end of a retry backoff)
 * @param startedAt    when the current attempt's worker reported it started
 * @param lastSeenAt   when the ledger last saw an event of the current attempt
 * @param lastReportAppendedAt when the broker appended that event (its {@code LogAppendTime})
 * @param finishedAt   when the run reached its terminal state
 * @param purgeAt      when a terminal run leaves the store
 * @param stop         a pending stop order (cancel or timeout) of the running attempt
 * @param timeline     every state reached, oldest first, at most {@link #TIMELINE_LIMIT} entries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunEntry(Run run, RunRequest request, Instant receivedAt, Instant dueAt, Instant dispatchedAt,
                       Instant startedAt, Instant lastSeenAt, Instant lastReportAppendedAt, Instant finishedAt,
                       Instant purgeAt, StopRequest stop, String lastError, String summary, List<RunStep> timeline) {

    public static final int TIMELINE_LIMIT = 100;

    public RunEntry {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(receivedAt, "receivedAt");
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** A new entry for {@code request}, starting in {@code run}'s state. */
    public static RunEntry received(RunRequest request, Run run, Instant now) {
        Instant dueAt = run.state() == SCHEDULED ? request.notBefore() : null;
        return new RunEntry(run, request, now, dueAt, null, null, null, null, run.isTerminal() ? now : null, null,
                null, null, null, List.of(RunStep.of(run, now)));
    }

    @JsonIgnore
    public RunId runId() {
        return run.runId();
    }

    @JsonIgnore
    public PipelineId pipelineId() {
        return request.pipelineId();
    }

    @JsonIgnore
    public RunState state() {
        return run.state();
    }

    @JsonIgnore
    public int attempt() {
        return run.attempt();
    }

    @JsonIgnore
    public RunPolicy policy() {
        return request.policy();
    }

    @JsonIgnore
    public boolean isTerminal() {
        return run.isTerminal();
    }

    /** Whether a backfill holds this run back: SCHEDULED with no due time until the backfill lets it start. */
    @JsonIgnore
    public boolean isHeldByBackfill() {
        return request.backfillId() != null && run.state() == SCHEDULED && dueAt == null;
    }

    /** When the run entered its current state. */
    @JsonIgnore
    public Instant stateSince() {
        return timeline.isEmpty() ? receivedAt : timeline.get(timeline.size() - 1).at();
    }

    /** The entry after the run moved to {@code next} at {@code at}. */
    public RunEntry moved(Run next, Instant at) {
        boolean starts = next.state() == PROCESSING && run.state() != PROCESSING;
        boolean sameAttemptRunning = next.state().isActive() && next.attempt() == run.attempt();
        return new RunEntry(next, request, receivedAt,
                next.state() == SCHEDULED ? dueAt : null,
                next.state() == DISPATCHED ? at : dispatchedAt,
                starts ? at : startedAt,
                next.state() == PROCESSING ? at : lastSeenAt,
                next.state() == PROCESSING && next.attempt() == run.attempt() ? lastReportAppendedAt : null,
                next.isTerminal() ? at : null,
                null,
                sameAttemptRunning ? stop : null,
                lastError, summary, appended(next, at));
    }

    private List<RunStep> appended(Run next, Instant at) {
        if (next.state() == run.state() && next.attempt() == run.attempt()) {
            return timeline;
        }
        List<RunStep> steps = new ArrayList<>(timeline);
        steps.add(RunStep.of(next, at));
        return steps.size() > TIMELINE_LIMIT ? steps.subList(steps.size() - TIMELINE_LIMIT, steps.size()) : steps;
    }

    public RunEntry withDueAt(Instant due) {
        return new RunEntry(run, request, receivedAt, due, dispatchedAt, startedAt, lastSeenAt, lastReportAppendedAt,
                finishedAt, purgeAt, stop, lastError, summary, timeline);
    }

    public RunEntry seenAt(Instant seen) {
        return new RunEntry(run, request, receivedAt, dueAt, dispatchedAt, startedAt, seen, lastReportAppendedAt,
                finishedAt, purgeAt, stop, lastError, summary, timeline);
    }

    /** The entry after a report of the current attempt, appended by the broker at {@code appended}, seen at {@code seen}. */
    public RunEntry reportedAt(Instant appended, Instant seen) {
        return new RunEntry(run, request, receivedAt, dueAt, dispatchedAt, startedAt, seen, appended, finishedAt,
                purgeAt, stop, lastError, summary, timeline);
    }

    public RunEntry withPurgeAt(Instant purge) {
        return new RunEntry(run, request, receivedAt, dueAt, dispatchedAt, startedAt, lastSeenAt, lastReportAppendedAt,
                finishedAt, purge, stop, lastError, summary, timeline);
    }

    public RunEntry withStop(StopRequest stopRequest) {
        return new RunEntry(run, request, receivedAt, dueAt, dispatchedAt, startedAt, lastSeenAt, lastReportAppendedAt,
                finishedAt, purgeAt, stopRequest, lastError, summary, timeline);
    }

    /** The entry with the error and output summary of the attempt that just ended; null keeps the old value. */
    public RunEntry withOutcome(String error, String outputSummary) {
        return new RunEntry(run, request, receivedAt, dueAt, dispatchedAt, startedAt, lastSeenAt, lastReportAppendedAt,
                finishedAt, purgeAt, stop, error != null ? error : lastError, outputSummary != null ? outputSummary : summary, timeline);
    }

    /** The entry running under a new request (reprocess), due at its {@code notBefore} when it has one. */
    public RunEntry withRequest(RunRequest next) {
        return new RunEntry(run, next, receivedAt, next.notBefore(), dispatchedAt, startedAt, lastSeenAt,
                lastReportAppendedAt, finishedAt, purgeAt, stop, lastError, summary, timeline);
    }
}
