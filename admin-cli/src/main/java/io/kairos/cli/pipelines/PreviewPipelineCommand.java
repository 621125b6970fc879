package io.kairos.cli.pipelines;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.CommandFailedException;
import io.kairos.cli.Operator;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.Schedule;
import io.kairos.model.schedule.ScheduleException;
import io.kairos.model.spec.PipelineSpec;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kairosctl pipelines preview ID | --cron EXPR [--timezone ZONE] [--from INSTANT] [-n N]}: the
 * next fire instants in the schedule's zone, ISO-8601 with offset, DST rules applied.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show the next fire times of a pipeline, or of a cron expression, as ISO-8601 instants with the "
                + "offset of the time zone (DST gaps and overlaps included).")
final class PreviewPipelineCommand implements Callable<Integer> {

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 1000;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(index = "0", paramLabel = "PIPELINE", description = "A pipeline on kairos.pipelines.")
        PipelineId pipeline;

        @Option(names = "--cron", paramLabel = "EXPR", description = "A cron expression (5 or 6 fields, or @daily...).")
        String cron;
    }

    @Option(names = "--timezone", paramLabel = "ZONE", description = "Zone of --cron (default: UTC).")
    ZoneId timezone;

    @Option(names = "--from", paramLabel = "INSTANT", description = "Start after this instant (default: now).")
    Instant from;

    @Option(names = "-n", paramLabel = "N", defaultValue = "" + DEFAULT_COUNT,
            description = "How many fire times (default: ${DEFAULT-VALUE}, at most " + MAX_COUNT + ").")
    int count;

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
        if (count < 1 || count > MAX_COUNT) {
            throw new ParameterException(spec.commandLine(), "-n: must be between 1 and " + MAX_COUNT + ", was " + count);
        }
        Zoned zoned = source.pipeline != null ? ofPipeline() : ofCron();
        List<String> fires = next(zoned.schedule(), from != null ? from : Operator.CLOCK.instant()).stream()
                .map(at -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zoned.zone()).toOffsetDateTime()))
                .toList();
        print(fires);
        return 0;
    }

    private record Zoned(Schedule schedule, ZoneId zone) {
    }

    private Zoned ofCron() {
        ZoneId zone = timezone != null ? timezone : ZoneOffset.UTC;
        try {
            return new Zoned(CronSchedule.parse(source.cron, zone), zone);
        } catch (ScheduleException e) {
            throw new ParameterException(spec.commandLine(), "--cron \"" + source.cron + "\": " + e.getMessage());
        }
    }

    private Zoned ofPipeline() {
        if (timezone != null) {
            throw new ParameterException(spec.commandLine(), "--timezone goes with --cron; a pipeline has its own");
        }
        PipelineSpec pipeline = PipelineLookup.require(cluster, source.pipeline);
        Schedule schedule = pipeline.scheduleIfAny().orElseThrow(() -> new CommandFailedException("pipeline "
                + source.pipeline + " has no schedule: it runs only when asked (kairosctl runs trigger)"));
        return new Zoned(schedule, pipeline.timezone());
    }

    private List<Instant> next(Schedule schedule, Instant after) {
        List<Instant> fires = new ArrayList<>();
        Optional<Instant> next = schedule.nextAfter(after);
        while (next.isPresent() && fires.size() < count) {
            fires.add(next.get());
            next = schedule.nextAfter(next.get());
        }
        return fires;
    }

    private void print(List<String> fires) {
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(fires);
        } else {
            fires.forEach(out::println);
            out.flush();
        }
    }
}
