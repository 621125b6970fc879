package io.kairos.infra.faults.history;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.SkipReason;
import io.kairos.model.spec.CatchupPolicy;
import io.kairos.model.spec.PipelineSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catch-up policy was honoured exactly: in each run of consecutive missed times of a pipeline
 * (fired as catch-up or skipped by the policy), {@code none} fired none, {@code latest} fired only the
 * newest, and {@code all} fired the newest {@code maxCatchupRuns}.
 */
public final class CatchupHonoured {

    static final String NAME = "catch-up policy honoured";

    private CatchupHonoured() {
    }

    public static List<Violation> violations(List<RunRequest> requests, List<PipelineSpec> pipelines) {
        Map<PipelineId, List<RunRequest>> missed = requests.stream().filter(CatchupHonoured::wasMissed)
                .collect(Collectors.groupingBy(RunRequest::pipelineId));
        List<Violation> violations = new ArrayList<>();
        for (PipelineSpec spec : pipelines) {
            for (List<RunRequest> outage : outages(spec, missed.getOrDefault(spec.id(), List.of()))) {
                List<Instant> fired = outage.stream().filter(request -> !request.isSkip())
                        .map(RunRequest::scheduledFor).toList();
                List<Instant> expected = newest(outage, allowed(spec.catchup()));
                if (!fired.equals(expected)) {
                    violations.add(new Violation(NAME, spec.id() + " (" + spec.catchup().policy().wireName()
                            + ") missed " + outage.size() + " times from " + outage.get(0).scheduledFor()
                            + " and fired " + fired + " instead of " + expected));
                }
            }
        }
        return violations;
    }

    /** How many runs of consecutive missed times each pipeline's outages had, for a scenario to show it had one. */
    public static List<Integer> outageSizes(List<RunRequest> requests, PipelineSpec spec) {
        List<RunRequest> missed = requests.stream().filter(CatchupHonoured::wasMissed)
                .filter(request -> request.pipelineId().equals(spec.id())).toList();
        return outages(spec, missed).stream().map(List::size).toList();
    }

    private static boolean wasMissed(RunRequest request) {
        return request.origin() == Origin.CATCHUP || request.skipReason() == SkipReason.CATCHUP_POLICY
                || request.skipReason() == SkipReason.LATE;
    }

    private static int allowed(CatchupPolicy catchup) {
        return switch (catchup.policy()) {
            case NONE -> 0;
            case LATEST -> 1;
            case ALL -> catchup.maxCatchupRuns();
        };
    }

    private static List<Instant> newest(List<RunRequest> outage, int count) {
        List<Instant> times = outage.stream().map(RunRequest::scheduledFor).toList();
        return times.subList(Math.max(0, times.size() - count), times.size());
    }

    /** Missed times split where the schedule has a time in between that was not missed. */
    private static List<List<RunRequest>> outages(PipelineSpec spec, List<RunRequest> missed) {
        List<RunRequest> sorted = missed.stream().sorted(Comparator.comparing(RunRequest::scheduledFor)).toList();
        List<List<RunRequest>> outages = new ArrayList<>();
        for (RunRequest request : sorted) {
            List<RunRequest> last = outages.isEmpty() ? null : outages.get(outages.size() - 1);
            boolean follows = last != null && spec.schedule().nextAfter(last.get(last.size() - 1).scheduledFor())
                    .filter(request.scheduledFor()::equals).isPresent();
            if (follows) {
                last.add(request);
            } else {
                outages.add(new ArrayList<>(List.of(request)));
            }
        }
        return outages;
    }
}
