package io.kairos.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiClient;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.PipelineId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kairosctl backfill list [--pipeline ID]}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List backfills, newest first, with their progress.")
final class ListBackfillsCommand implements Callable<Integer> {

    @Option(names = "--pipeline", paramLabel = "ID", description = "Only this pipeline's backfills.")
    PipelineId pipeline;

    @Mixin
    ApiOptions api;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode backfills = api.client().get("/api/v1/backfills"
                + (pipeline == null ? "" : "?pipeline=" + ApiClient.encode(pipeline.value())));
        Printer printer = new Printer(spec.commandLine().getOut(), output.format());
        if (output.format() == OutputFormat.json) {
            printer.json(backfills);
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode view : backfills) {
            rows.add(Printer.row("backfillId", view.path("backfillId").asText(), "state", view.path("state").asText(),
                    "from", view.path("from").asText(), "to", view.path("to").asText(), "runs", view.path("runs").asLong(),
                    "maxConcurrent", view.path("maxConcurrent").asInt(), "progress", BackfillProgress.line(view)));
        }
        printer.rows(rows);
        return 0;
    }
}
