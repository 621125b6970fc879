package io.kairos.worker.ledger.topology;

import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.Origin;
import io.kairos.model.run.RunRequest;
import io.kairos.model.run.RunState;
import io.kairos.model.spec.OverlapPolicy;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs someone asked for (manual, API) under the overlap policy {@code skip}. */
class OnDemandRunsTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aManualRunOfABusySkipPipelineWaitsInsteadOfBeingSkipped() {
        ledger.request(aRequest().overlap(OverlapPolicy.SKIP).build());
        RunRequest manual = aRequest().overlap(OverlapPolicy.SKIP).origin(Origin.MANUAL).runId("acme/import:m-1")
                .scheduledFor(T0.plusSeconds(1)).build();
        RunRequest api = aRequest().overlap(OverlapPolicy.SKIP).origin(Origin.API).runId("acme/import:a-1")
                .scheduledFor(T0.plusSeconds(2)).build();
        RunRequest scheduled = aRequest().overlap(OverlapPolicy.SKIP).scheduledFor(T0.plusSeconds(3)).build();

        ledger.request(manual);
        ledger.request(api);
        ledger.request(scheduled);

        assertThat(ledger.entry(manual.runId()).state()).isEqualTo(RunState.QUEUED);
        assertThat(ledger.entry(api.runId()).state()).isEqualTo(RunState.QUEUED);
        assertThat(ledger.entry(scheduled.runId()).state()).isEqualTo(RunState.SKIPPED);
    }
}
