package io.kairos.cli.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kairosctl status}: the ledger's totals, from the API. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show pipelines active, runs queued and processing, runs completed and failed today (UTC), "
                + "and the average execution time.")
public final class StatusCommand implements Callable<Integer> {

    static final List<String> FIELDS = List.of("pipelinesActive", "runsScheduled", "runsQueued", "runsProcessing",
            "completedToday", "failedToday", "avgExecutionSeconds");

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
        JsonNode status = api.client().get("/api/v1/status");
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(status);
        } else {
            FIELDS.forEach(field -> out.printf("%-20s %s%n", field + ":", status.path(field).asText()));
            out.flush();
        }
        return 0;
    }
}
