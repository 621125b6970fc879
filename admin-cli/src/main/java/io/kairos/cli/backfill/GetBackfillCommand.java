package io.kairos.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiClient;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.backfill.BackfillId;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairosctl backfill get ID}. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Show one backfill and its progress.")
final class GetBackfillCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BACKFILL", description = "The backfill id, <tenant>/<name>~<key>.")
    BackfillId id;

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
        JsonNode view = api.client().get("/api/v1/backfills/" + ApiClient.encode(id.value()));
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(view);
            return 0;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = view.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            out.printf("%-14s %s%n", field.getKey() + ":", field.getValue().asText());
        }
        out.println(BackfillProgress.line(view));
        out.flush();
        return 0;
    }
}
