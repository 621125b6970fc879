package io.kairos.worker.api;

import io.kairos.model.catalog.ApplyPlan;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pipeline changes: a declarative apply of valid specs, and pause/resume (the spec re-published with {@code paused} set). */
final class PipelineWrites {

    private PipelineWrites() {
    }

    static Map<String, Object> apply(ControlPlane control, List<PipelineSpec> specs, boolean dryRun) {
        ApplyPlan plan = ApplyPlan.of(control.pipelineMap(), specs);
        if (!dryRun && !plan.toWrite().isEmpty()) {
            control.writeAll(Topics.PIPELINES, plan.toWrite().stream().map(s -> Map.entry(s.id(), s)).toList());
            plan.toWrite().forEach(spec -> control.remember(spec));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dryRun", dryRun);
        answer.put("pipelines", plan.changes().stream().map(change -> Map.of("pipelineId", change.spec().id().value(),
                "outcome", change.outcome().wireName())).toList());
        return answer;
    }

    static Map<String, Object> pause(ControlPlane control, PipelineId id, boolean paused) {
        PipelineSpec current = control.pipeline(id, "pipelineId");
        boolean changes = current.paused() != paused;
        if (changes) {
            control.publish(id, current.withPaused(paused));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pipelineId", id.value());
        answer.put("paused", paused);
        answer.put("outcome", changes ? "changed" : "unchanged");
        return answer;
    }
}
