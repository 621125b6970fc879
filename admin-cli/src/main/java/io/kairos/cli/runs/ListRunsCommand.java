package io.kairos.cli.runs;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.api.ApiClient;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kairosctl runs list [--pipeline ID] [--state S] [--limit N]}: runs newest scheduled time first, from the API. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List runs, newest scheduled time first (from the ledger, through the API).")
final class ListRunsCommand implements Callable<Integer> {

    static final String[] COLUMNS = {"runId", "pipelineId", "scheduledFor", "origin", "state", "reason", "attempt",
        "workerId", "startedAt", "finishedAt"};

    @Option(names = "--pipeline", paramLabel = "ID", description = "Only this pipeline's runs.")
    PipelineId pipeline;

    @Option(names = "--state", paramLabel = "STATE", description = "Only runs in this state: ${COMPLETION-CANDIDATES}.")
    RunState state;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N runs, 1-1000 (default: ${DEFAULT-VALUE}).")
    int limit;

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
        StringBuilder query = new StringBuilder("/api/v1/runs?limit=").append(limit);
        if (pipeline != null) {
            query.append("&pipeline=").append(ApiClient.encode(pipeline.value()));
        }
        if (state != null) {
            query.append("&state=").append(state.name());
        }
        JsonNode runs = api.client().get(query.toString());
        Printer printer = new Printer(spec.commandLine().getOut(), output.format());
        if (output.format() == OutputFormat.json) {
            printer.json(runs);
        } else {
            printer.rows(rows(runs));
        }
        return 0;
    }

    static List<Map<String, Object>> rows(JsonNode runs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode run : runs) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                JsonNode value = run.path(column);
                row.put(column, value.isNull() || value.isMissingNode() ? "" : value.asText());
            }
            rows.add(row);
        }
        return rows;
    }
}
