package io.kairos.cli.runs;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.CommandFailedException;
import io.kairos.cli.Operator;
import io.kairos.cli.api.ApiClient;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.command.RunCommand;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Cancel and retry: a command on {@code kairos.commands} keyed by the run's pipeline, taken from the
 * run id when it names one, else from {@code --pipeline}, else asked of the API.
 */
abstract class RunCommandSender implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUNID", description = "The run id.")
    RunId runId;

    @Option(names = "--pipeline", paramLabel = "ID", description = "The run's pipeline, for a run id that names none.")
    PipelineId pipeline;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ApiOptions api;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    abstract RunCommand command(RunId run, PipelineId of, String requestedBy, Instant at);

    abstract String verb();

    @Override
    public final Integer call() {
        PipelineId of = pipeline != null ? pipeline : runId.namedPipeline().orElseGet(this::askApi);
        try (TopicWriter writer = cluster.writer()) {
            writer.send(Topics.COMMANDS, of, command(runId, of, Operator.name(), Operator.CLOCK.instant()));
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("runId", runId.value());
        row.put("pipelineId", of.value());
        row.put("outcome", verb() + " requested");
        new Printer(spec.commandLine().getOut(), output.format()).rows(List.of(row));
        return 0;
    }

    private PipelineId askApi() {
        String named = api.client().get("/api/v1/runs/" + ApiClient.encode(runId.value())).path("pipelineId").asText("");
        if (named.isEmpty()) {
            throw new CommandFailedException("cannot tell the pipeline of run " + runId + "; pass --pipeline");
        }
        return PipelineId.parse(named);
    }
}
