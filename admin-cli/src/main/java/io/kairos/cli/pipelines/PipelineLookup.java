package io.kairos.cli.pipelines;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.CommandFailedException;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;

/** Finds one pipeline on the catalogue, or fails saying how to make it exist. */
public final class PipelineLookup {

    private PipelineLookup() {
    }

    public static PipelineSpec require(ClusterOptions cluster, PipelineId id) {
        return cluster.catalog().find(id).orElseThrow(() -> new CommandFailedException("no pipeline " + id
                + " on kairos.pipelines; see kairosctl pipelines list, or apply it with kairosctl pipelines apply -f FILE"));
    }
}
