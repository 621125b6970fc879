package io.kairos.infra.faults.history;

import io.kairos.model.id.WorkerId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * No worker ever ran more attempts at once than it has slots, judged from its started and outcome
 * events on the broker's clock. One worker's reports go to different partitions of
 * {@code kairos.run-events}, and the broker appends the records of one produce request partition by
 * partition: a start sent just after the outcome that freed its slot can be appended a few
 * milliseconds before it. So each span counts as ended {@link #APPEND_PRECISION} before its outcome
 * was appended; a worker that truly overruns its slots holds the extra attempt for a whole run.
 */
final class SlotsNeverExceeded implements HistoryRule {

    static final String NAME = "slots never exceeded";
    static final Duration APPEND_PRECISION = Duration.ofMillis(50);

    /** A span's start (+1) or end (-1); at one instant ends count first, so a slot freed and retaken is one. */
    private record Edge(Instant at, int delta) {
    }

    @Override
    public List<Violation> check(History history) {
        Map<WorkerId, List<AttemptSpan>> byWorker = AttemptSpan.of(history.events()).stream()
                .collect(Collectors.groupingBy(span -> span.key().worker()));
        List<Violation> violations = new ArrayList<>();
        byWorker.forEach((worker, spans) -> {
            Integer slots = history.slots().get(worker);
            int peak = peak(spans);
            if (slots != null && peak > slots) {
                violations.add(new Violation(NAME, worker + " ran " + peak + " attempts at once with " + slots + " slots"));
            }
        });
        return violations;
    }

    private static int peak(List<AttemptSpan> spans) {
        List<Edge> edges = new ArrayList<>();
        spans.forEach(span -> {
            edges.add(new Edge(span.start(), 1));
            Instant end = span.end().minus(APPEND_PRECISION);
            edges.add(new Edge(end.isBefore(span.start()) ? span.start() : end, -1));
        });
        edges.sort(Comparator.comparing(Edge::at).thenComparingInt(Edge::delta));
        int running = 0;
        int peak = 0;
        for (Edge edge : edges) {
            running += edge.delta();
            peak = Math.max(peak, running);
        }
        return peak;
    }
}
