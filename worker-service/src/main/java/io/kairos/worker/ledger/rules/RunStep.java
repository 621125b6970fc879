package io.kairos.worker.ledger.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunState;
import java.time.Instant;
import java.util.Objects;

/** One entry of a run's timeline: the state it reached, when (ledger clock), on which attempt and worker, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunStep(Instant at, RunState state, int attempt, WorkerId workerId, String reason) {

    public RunStep {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(state, "state");
    }

    static RunStep of(Run run, Instant at) {
        return new RunStep(at, run.state(), run.attempt(), run.workerId(), run.reason());
    }
}
