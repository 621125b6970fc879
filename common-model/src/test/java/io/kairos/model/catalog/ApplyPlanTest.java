package io.kairos.model.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyPlanTest {

    private static PipelineSpec pipeline(String id, String cron) {
        return PipelineSpec.builder().id(id).cron(cron).executor(new SleepExecutorSpec(Duration.ofSeconds(1), 0.0)).build();
    }

    @Test
    void newIdsAreCreatedDifferentSpecsChangedAndEqualSpecsUnchanged() {
        PipelineSpec same = pipeline("acme/same", "0 * * * *");
        Map<PipelineId, PipelineSpec> current = Map.of(same.id(), same,
                PipelineId.parse("acme/edited"), pipeline("acme/edited", "0 * * * *"));

        ApplyPlan plan = ApplyPlan.of(current, List.of(same, pipeline("acme/edited", "5 * * * *"),
                pipeline("acme/new", "0 0 * * *")));

        assertThat(plan.changes()).extracting(ApplyPlan.Change::outcome)
                .containsExactly(ApplyOutcome.UNCHANGED, ApplyOutcome.CHANGED, ApplyOutcome.CREATED);
        assertThat(plan.toWrite()).extracting(spec -> spec.id().value()).containsExactly("acme/edited", "acme/new");
    }

    @Test
    void pausingIsAChange() {
        PipelineSpec running = pipeline("acme/p", "0 * * * *");

        ApplyPlan plan = ApplyPlan.of(Map.of(running.id(), running), List.of(running.withPaused(true)));

        assertThat(plan.changes().get(0).outcome()).isEqualTo(ApplyOutcome.CHANGED);
        assertThat(plan.toWrite().get(0).paused()).isTrue();
    }
}
