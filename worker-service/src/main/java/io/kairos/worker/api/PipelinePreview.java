package io.kairos.worker.api;

import io.kairos.model.schedule.Schedule;
import io.kairos.model.spec.PipelineSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code GET /pipelines/{id}/preview?n=&from=}: the next fire instants in the pipeline's zone, ISO-8601 with offset. */
final class PipelinePreview {

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 1000;

    private PipelinePreview() {
    }

    static List<String> of(PipelineSpec spec, QueryParameters query, Clock clock) {
        List<ApiProblem> problems = new ArrayList<>();
        int count = query.integer("n", DEFAULT_COUNT, 1, MAX_COUNT, problems);
        Instant from = from(query.get("from"), clock, problems);
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        Schedule schedule = spec.scheduleIfAny().orElseThrow(() -> ApiException.badRequest("pipelineId",
                "pipeline " + spec.id() + " has no schedule; it runs only when asked"));
        List<String> fires = new ArrayList<>();
        Optional<Instant> next = schedule.nextAfter(from);
        while (next.isPresent() && fires.size() < count) {
            fires.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(next.get().atZone(spec.timezone()).toOffsetDateTime()));
            next = schedule.nextAfter(next.get());
        }
        return fires;
    }

    private static Instant from(String text, Clock clock, List<ApiProblem> problems) {
        if (text == null) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new ApiProblem("from", "\"" + text + "\": not an ISO-8601 instant with an offset"));
            return clock.instant();
        }
    }
}
