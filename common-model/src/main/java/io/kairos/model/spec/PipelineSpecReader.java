package io.kairos.model.spec;

import io.kairos.model.id.PipelineId;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one pipeline spec document, already parsed to a JSON tree, field by field: defaults for what
 * is missing, a {@link SpecProblem} for each field that is wrong. See DESIGN.md "Pipeline spec".
 */
final class PipelineSpecReader {

    static final Set<String> FIELDS = Set.of("id", "schedule", "timezone", "paused", "priority", "queue",
            "maxConcurrentRuns", "overlap", "catchup", "retry", "timeout", "staleAfter", "jitter", "executor");
    static final Pattern QUEUE = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");
    static final Duration MIN_STALE_AFTER = Duration.ofSeconds(1);
    static final Duration MAX_JITTER = Duration.ofHours(1);

    private PipelineSpecReader() {
    }

    /** The spec, or empty when at least one problem was found in it. */
    static Optional<PipelineSpec> read(SpecObject spec) {
        spec.refuseUnknownFields(FIELDS);
        PipelineSpecBuilder builder = new PipelineSpecBuilder();
        id(spec).ifPresent(builder::id);
        ZoneId zone = timezone(spec);
        builder.timezone(zone);
        spec.object("schedule").flatMap(s -> ScheduleSpecReader.read(s, zone)).ifPresent(builder::schedule);
        readLimits(spec, builder);
        readTimings(spec, builder);
        spec.require("executor", "what a run does, such as { type: command, command: [\"/opt/jobs/run.sh\"] }");
        spec.object("executor").flatMap(ExecutorSpecReader::read).ifPresent(builder::executor);
        return spec.problems().isEmpty() ? Optional.of(builder.build()) : Optional.empty();
    }

    private static void readLimits(SpecObject spec, PipelineSpecBuilder builder) {
        spec.bool("paused").ifPresent(builder::paused);
        spec.integer("priority", PipelineSpec.MIN_PRIORITY, PipelineSpec.MAX_PRIORITY, "an integer 0-10").ifPresent(builder::priority);
        queue(spec).ifPresent(builder::queue);
        spec.integer("maxConcurrentRuns", 1, Integer.MAX_VALUE, "an integer of at least 1").ifPresent(builder::maxConcurrentRuns);
        spec.choice("overlap", OverlapPolicy.values()).ifPresent(builder::overlap);
    }

    private static void readTimings(SpecObject spec, PipelineSpecBuilder builder) {
        spec.object("catchup").map(PipelineSpecReader::catchup).ifPresent(builder::catchup);
        spec.object("retry").map(PipelineSpecReader::retry).ifPresent(builder::retry);
        spec.duration("timeout", PipelineSpecReader::isPositive, "must be positive").ifPresent(builder::timeout);
        spec.duration("staleAfter", d -> d.compareTo(MIN_STALE_AFTER) >= 0, "must be at least PT1S").ifPresent(builder::staleAfter);
        spec.duration("jitter", d -> !d.isNegative() && d.compareTo(MAX_JITTER) <= 0, "must be between PT0S and PT1H")
                .ifPresent(builder::jitter);
    }

    static boolean isPositive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    private static Optional<PipelineId> id(SpecObject spec) {
        spec.require("id", "<tenant>/<name>, such as acme/billing-import");
        return spec.text("id").flatMap(text -> {
            try {
                return Optional.of(PipelineId.parse(text));
            } catch (IllegalArgumentException e) {
                spec.problems().add(spec.pathOf("id"), e.getMessage());
                return Optional.empty();
            }
        });
    }

    /** The zone, or UTC when it is missing or unknown (the unknown one is a problem). */
    private static ZoneId timezone(SpecObject spec) {
        return spec.text("timezone").flatMap(text -> {
            try {
                return Optional.of(PipelineSpecBuilder.canonical(ZoneId.of(text)));
            } catch (DateTimeException e) {
                spec.refuse("timezone", text, "unknown time zone");
                return Optional.empty();
            }
        }).orElse(PipelineSpec.DEFAULT_TIMEZONE);
    }

    private static Optional<String> queue(SpecObject spec) {
        return spec.text("queue").filter(queue -> {
            boolean valid = QUEUE.matcher(queue).matches();
            if (!valid) {
                spec.refuse("queue", queue, "must be 1-48 characters of a-z, 0-9 and '-', starting with a letter or digit");
            }
            return valid;
        });
    }

    private static CatchupPolicy catchup(SpecObject catchup) {
        catchup.refuseUnknownFields(Set.of("policy", "maxCatchupRuns", "startingDeadline"));
        CatchupPolicy.Mode mode = catchup.choice("policy", CatchupPolicy.Mode.values()).orElse(CatchupPolicy.DEFAULT_MODE);
        int maxRuns = catchup.integer("maxCatchupRuns", 1, Integer.MAX_VALUE, "an integer of at least 1")
                .orElse(CatchupPolicy.DEFAULT_MAX_CATCHUP_RUNS);
        Duration deadline = catchup.duration("startingDeadline", PipelineSpecReader::isPositive, "must be positive").orElse(null);
        return new CatchupPolicy(mode, maxRuns, deadline);
    }

    private static RetryPolicy retry(SpecObject retry) {
        retry.refuseUnknownFields(Set.of("maxAttempts", "backoff", "maxBackoff", "jitter"));
        int maxAttempts = retry.integer("maxAttempts", 1, Integer.MAX_VALUE, "an integer of at least 1")
                .orElse(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
        Duration backoff = retry.duration("backoff", d -> !d.isNegative(), "must not be negative").orElse(RetryPolicy.DEFAULT_BACKOFF);
        Duration maxBackoff = retry.duration("maxBackoff", d -> d.compareTo(backoff) >= 0, "must be at least backoff (" + backoff + ")")
                .orElse(backoff.compareTo(RetryPolicy.DEFAULT_MAX_BACKOFF) > 0 ? backoff : RetryPolicy.DEFAULT_MAX_BACKOFF);
        double jitter = retry.fraction("jitter").orElse(RetryPolicy.DEFAULT_JITTER);
        return new RetryPolicy(maxAttempts, backoff, maxBackoff, jitter);
    }
}
