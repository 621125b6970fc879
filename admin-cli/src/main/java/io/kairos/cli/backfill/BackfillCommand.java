package io.kairos.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.CommandFailedException;
import io.kairos.cli.KairosCtl;
import io.kairos.cli.Operator;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.cli.pipelines.PipelineLookup;
import io.kairos.model.backfill.BackfillId;
import io.kairos.model.backfill.BackfillPlan;
import io.kairos.model.backfill.Reprocess;
import io.kairos.model.command.StartBackfill;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kairosctl backfill PIPELINE --from --to}: every scheduled time of the pipeline in
 * {@code (from, to]} as a run (origin {@code backfill}, low priority), at most {@code --max-concurrent}
 * at once; a progress bar until done unless {@code --no-wait}.
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
        description = "Run a pipeline for every scheduled time in (--from, --to]. Times the ledger already holds are "
                + "kept unless --reprocess says otherwise. Shows progress until done (--no-wait to return at once).",
        subcommands = {ListBackfillsCommand.class, GetBackfillCommand.class, PauseBackfillCommand.class,
            ResumeBackfillCommand.class, CancelBackfillCommand.class})
public final class BackfillCommand implements Callable<Integer> {

    static final Duration POLL = Duration.ofMillis(500);

    @Parameters(index = "0", arity = "0..1", paramLabel = "PIPELINE", description = "The pipeline id, <tenant>/<name>.")
    PipelineId pipeline;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Start of the range (exclusive), ISO-8601.")
    Instant from;

    @Option(names = "--to", paramLabel = "INSTANT", description = "End of the range (inclusive), ISO-8601.")
    Instant to;

    @Option(names = "--dry-run", description = "Show the scheduled times and write nothing.")
    boolean dryRun;

    @Option(names = "--reprocess", paramLabel = "WHICH", defaultValue = "none",
            description = "Which runs the ledger already holds run again: none, failed (FAILED or TIMED_OUT) or all "
                    + "ended runs (default: ${DEFAULT-VALUE}).", converter = ReprocessConverter.class)
    Reprocess reprocess;

    @Option(names = "--max-concurrent", paramLabel = "N", defaultValue = "1",
            description = "At most N of the backfill's runs wait or run at once (default: ${DEFAULT-VALUE}).")
    int maxConcurrent;

    @Option(names = "--no-wait", description = "Return once the runs are requested, without following progress.")
    boolean noWait;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ApiOptions api;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (pipeline == null || from == null || to == null) {
            throw new ParameterException(spec.commandLine(), "a backfill needs PIPELINE, --from and --to "
                    + "(or a subcommand: list, get, pause, resume, cancel)");
        }
        PipelineSpec pipelineSpec = PipelineLookup.require(cluster, pipeline);
        BackfillPlan plan = plan(pipelineSpec);
        if (dryRun) {
            return printDryRun(plan);
        }
        try (TopicWriter writer = cluster.writer()) {
            writer.send(Topics.COMMANDS, pipeline, plan.definition());
            writer.sendAll(Topics.RUN_REQUESTS, plan.requests().stream().map(r -> Map.entry(pipeline, r)).toList());
        }
        BackfillId id = plan.definition().backfillId();
        PrintWriter out = spec.commandLine().getOut();
        if (noWait || output.format() == OutputFormat.table) {
            out.println("backfill " + id + ": " + plan.requests().size() + " run(s) requested");
            out.flush();
        }
        if (noWait) {
            return 0;
        }
        JsonNode done = new BackfillProgress(api.client(), out, output.format() == OutputFormat.table, POLL).follow(id);
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(done);
        }
        return "DONE".equals(done.path("state").asText()) ? 0 : KairosCtl.EXIT_FAILED;
    }

    private BackfillPlan plan(PipelineSpec pipelineSpec) {
        if (maxConcurrent < 1 || maxConcurrent > StartBackfill.MAX_CONCURRENT_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--max-concurrent: must be between 1 and "
                    + StartBackfill.MAX_CONCURRENT_LIMIT + ", was " + maxConcurrent);
        }
        try {
            return BackfillPlan.of(pipelineSpec, BackfillId.random(pipeline), from, to, maxConcurrent, reprocess,
                    Operator.name(), Operator.CLOCK.instant());
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }

    private int printDryRun(BackfillPlan plan) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pipelineId", pipeline.value());
        summary.put("from", from.toString());
        summary.put("to", to.toString());
        summary.put("runs", plan.requests().size());
        summary.put("reprocess", reprocess.wireName());
        summary.put("maxConcurrent", maxConcurrent);
        summary.put("times", plan.times().stream().map(Instant::toString).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(summary);
        } else {
            List<Instant> times = plan.times();
            times.stream().limit(20).forEach(out::println);
            if (times.size() > 20) {
                out.println("... and " + (times.size() - 20) + " more, up to " + times.get(times.size() - 1));
            }
            out.println("dry run: " + times.size() + " scheduled time(s) of " + pipeline + " in (" + from + ", " + to
                    + "]; times the ledger already holds are kept" + (reprocess == Reprocess.NONE ? ""
                    : " unless " + reprocess.wireName()) + "; nothing written");
            out.flush();
        }
        return 0;
    }
}
