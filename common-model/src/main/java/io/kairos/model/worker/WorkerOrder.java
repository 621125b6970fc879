package io.kairos.model.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.kairos.model.id.WorkerId;
import java.time.Instant;

/** An order to one executor instance, on {@code kairos.worker-control} keyed by worker id. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CancelExecution.class, name = "cancel"),
    @JsonSubTypes.Type(value = FenceExecution.class, name = "fence"),
    @JsonSubTypes.Type(value = DrainWorker.class, name = "drain")
})
public sealed interface WorkerOrder permits CancelExecution, FenceExecution, DrainWorker {

    WorkerId workerId();

    Instant issuedAt();
}
