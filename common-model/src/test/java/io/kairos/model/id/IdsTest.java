package io.kairos.model.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aPipelineIdIsTenantSlashName() {
        PipelineId id = PipelineId.parse("acme/gcp-billing-import");

        assertThat(id.tenant()).isEqualTo("acme");
        assertThat(id.name()).isEqualTo("gcp-billing-import");
        assertThat(id.value()).isEqualTo("acme/gcp-billing-import");
    }

    @Test
    void aPipelineIdRefusalSaysWhichPartIsWrong() {
        assertThatThrownBy(() -> PipelineId.parse("acme"))
                .hasMessage("pipeline id \"acme\": expected exactly one '/' as in <tenant>/<name>");
        assertThatThrownBy(() -> PipelineId.parse("a/b/c"))
                .hasMessageContaining("expected exactly one '/'");
        assertThatThrownBy(() -> PipelineId.parse("Acme/import"))
                .hasMessageStartingWith("pipeline id \"Acme/import\": tenant \"Acme\": must be 1-63 characters of a-z");
        assertThatThrownBy(() -> PipelineId.parse("acme/daily import"))
                .hasMessageContaining("name \"daily import\": must be 1-128 characters");
        assertThatThrownBy(() -> PipelineId.parse("acme/" + "x".repeat(129)))
                .hasMessageContaining("must be 1-128 characters");
        assertThatThrownBy(() -> PipelineId.parse(""))
                .hasMessageContaining("pipeline id is empty");
    }

    @Test
    void aScheduledRunIdIsDeterministic() {
        PipelineId pipeline = PipelineId.parse("acme/report");
        Instant at = Instant.parse("2026-11-01T06:00:00Z");

        assertThat(RunId.scheduled(pipeline, at)).isEqualTo(RunId.scheduled(pipeline, at));
        assertThat(RunId.scheduled(pipeline, at).value()).isEqualTo("acme/report@2026-11-01T06:00:00Z");
    }

    @Test
    void anIdempotencyKeyIsScopedToItsPipelineAndNeverLooksScheduled() {
        RunId a = RunId.idempotent(PipelineId.parse("acme/report"), "invoice-42");
        RunId b = RunId.idempotent(PipelineId.parse("globex/report"), "invoice-42");

        assertThat(a).isNotEqualTo(b);
        assertThat(a.value()).isEqualTo("acme/report:invoice-42").doesNotContain("@");
        assertThatThrownBy(() -> RunId.idempotent(PipelineId.parse("acme/report"), "has space"))
                .hasMessageContaining("idempotency key \"has space\"");
    }

    @Test
    void workerIdsAreGeneratedFromTheHostName() {
        WorkerId id = WorkerId.generate("node 7.example.com");

        assertThat(id.value()).matches("node-7\\.example\\.com-[0-9a-f]{8}");
        assertThat(WorkerId.generate("h")).isNotEqualTo(WorkerId.generate("h"));
    }
}
