package io.kairos.cli.runs;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.api.ApiClient;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.RunId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairosctl runs get RUNID}: one run and the timeline of its attempts. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Show one run: its state, attempts, worker, error and output summary, and its timeline.")
final class GetRunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUNID", description = "The run id.")
    RunId runId;

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
        JsonNode run = api.client().get("/api/v1/runs/" + ApiClient.encode(runId.value()));
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(run);
            return 0;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = run.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("timeline") && !field.getValue().isNull()) {
                out.printf("%-13s %s%n", field.getKey() + ":", field.getValue().asText());
            }
        }
        out.println();
        out.println("timeline:");
        new Printer(out, output.format()).rows(timeline(run.path("timeline")));
        return 0;
    }

    private static List<Map<String, Object>> timeline(JsonNode steps) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode step : steps) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : List.of("at", "state", "attempt", "workerId", "reason")) {
                JsonNode value = step.path(column);
                row.put(column, value.isNull() || value.isMissingNode() ? "" : value.asText());
            }
            rows.add(row);
        }
        return rows;
    }
}
