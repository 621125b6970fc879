package io.kairos.cli.pipelines;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairosctl pipelines delete ID}: a tombstone on kairos.pipelines; the pipeline fires no more. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a pipeline: it fires no more. Its runs stay in the ledger until their retention ends.")
final class DeletePipelineCommand implements Callable<Integer> {

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

    @Override
    public Integer call() {
        PipelineLookup.require(cluster, id);
        try (TopicWriter writer = cluster.writer()) {
            writer.send(Topics.PIPELINES, id, (PipelineSpec) null);
        }
        new Printer(spec.commandLine().getOut(), output.format())
                .rows(List.of(Printer.row("pipeline", id.value(), "outcome", "deleted")));
        return 0;
    }
}
