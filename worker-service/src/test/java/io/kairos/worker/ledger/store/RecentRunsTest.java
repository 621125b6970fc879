package io.kairos.worker.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kairos.model.run.Run;
import io.kairos.worker.ledger.fixtures.RequestBuilder;
import io.kairos.worker.ledger.rules.RunEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentRunsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void theLeastRecentlyUsedRunLeavesFirst() {
        RecentRuns recent = new RecentRuns(2);
        recent.put("a", entry("a"));
        recent.put("b", entry("b"));
        recent.get("a");
        recent.put("c", entry("c"));

        assertThat(recent.get("a")).isNotNull();
        assertThat(recent.get("b")).isNull();
        assertThat(recent.get("c")).isNotNull();
    }

    @Test
    void aWriteReplacesWhatWasHeldAndARemovalForgetsIt() {
        RecentRuns recent = new RecentRuns(4);
        RunEntry first = entry("a");
        RunEntry second = first.withDueAt(NOW.plusSeconds(5));
        recent.put("a", first);
        recent.put("a", second);
        assertThat(recent.get("a")).isSameAs(second);

        recent.remove("a");
        assertThat(recent.get("a")).isNull();
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> new RecentRuns(0)).hasMessageContaining("capacity");
    }

    private static RunEntry entry(String name) {
        var request = RequestBuilder.aRequest().runId("manual-" + name).build();
        return RunEntry.received(request, Run.requested(request.runId(), true), NOW);
    }
}
