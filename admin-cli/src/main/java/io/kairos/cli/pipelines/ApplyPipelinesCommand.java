package io.kairos.cli.pipelines;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.KairosCtl;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.catalog.ApplyOutcome;
import io.kairos.model.catalog.ApplyPlan;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecFileCheck;
import io.kairos.model.spec.SpecFiles;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.nio.file.Path;
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

/**
 * {@code kairosctl pipelines apply -f FILE|DIR [--dry-run]}: makes the catalogue hold the specs.
 * Every spec is validated first; when any is invalid nothing is written.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Apply pipeline specs (YAML or JSON; a directory means every such file in it) to kairos.pipelines. "
                + "Prints created, changed, unchanged or invalid per pipeline; applies nothing when any spec is invalid.")
final class ApplyPipelinesCommand implements Callable<Integer> {

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE|DIR", required = true,
            description = "A spec file or a directory of them.")
    Path source;

    @Option(names = "--dry-run", description = "Show what would change and write nothing.")
    boolean dryRun;

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
        SpecFileCheck check = SpecFileCheck.of(SpecFiles.under(source));
        if (!check.isValid()) {
            return refuse(check);
        }
        Map<PipelineId, PipelineSpec> current = cluster.catalog().read();
        ApplyPlan plan = ApplyPlan.of(current, check.specs());
        if (!dryRun && !plan.toWrite().isEmpty()) {
            try (TopicWriter writer = cluster.writer()) {
                writer.sendAll(Topics.PIPELINES, plan.toWrite().stream().map(s -> Map.entry(s.id(), s)).toList());
            }
        }
        print(plan.changes().stream().map(this::row).toList(), List.of());
        return 0;
    }

    private int refuse(SpecFileCheck check) {
        List<Map<String, Object>> rows = new ArrayList<>();
        check.specs().forEach(valid -> rows.add(row(valid.id().value(), "valid, not applied", "")));
        check.problems().forEach(p -> rows.add(row("(" + p.file() + ")", ApplyOutcome.INVALID.wireName(),
                p.path() + ": " + p.message())));
        print(rows, check.problems().stream().map(p -> Map.<String, Object>of("file", p.file().toString(),
                "path", p.path(), "message", p.message())).toList());
        spec.commandLine().getErr().println("error: " + check.problems().size()
                + " problem(s); nothing applied. Fix them (kairosctl pipelines validate -f " + source + ") and apply again.");
        return KairosCtl.EXIT_FAILED;
    }

    private Map<String, Object> row(ApplyPlan.Change change) {
        return row(change.spec().id().value(), change.outcome().wireName(), "");
    }

    private static Map<String, Object> row(String pipeline, String outcome, String detail) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pipeline", pipeline);
        row.put("outcome", outcome);
        row.put("detail", detail);
        return row;
    }

    private void print(List<Map<String, Object>> rows, List<Map<String, Object>> problems) {
        Printer printer = new Printer(spec.commandLine().getOut(), output.format());
        if (output.format() == OutputFormat.json) {
            printer.json(Map.of("dryRun", dryRun, "applied", problems.isEmpty() && !dryRun,
                    "pipelines", rows, "problems", problems));
        } else {
            printer.rows(rows);
            if (dryRun && problems.isEmpty()) {
                spec.commandLine().getOut().println("dry run: nothing written");
            }
        }
    }
}
