package io.kairos.cli.pipelines;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Pause and resume: the pipeline's spec re-published with {@code paused} set; unchanged when it already is. */
abstract class PauseFlagCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline id, <tenant>/<name>.")
    PipelineId id;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ApiOptions api;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    abstract boolean paused();

    @Override
    public final Integer call() {
        PipelineSpec current = PipelineLookup.require(cluster, id);
        boolean changes = current.paused() != paused();
        if (changes) {
            try (TopicWriter writer = cluster.writer()) {
                writer.send(Topics.PIPELINES, id, current.withPaused(paused()));
            }
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pipeline", id.value());
        row.put("paused", paused());
        row.put("outcome", changes ? "changed" : "unchanged");
        new Printer(spec.commandLine().getOut(), output.format()).rows(List.of(row));
        return 0;
    }
}
