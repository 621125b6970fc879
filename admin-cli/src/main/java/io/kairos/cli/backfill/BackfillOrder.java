package io.kairos.cli.backfill;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.Operator;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.backfill.BackfillId;
import io.kairos.model.command.BackfillCommand;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Pause, resume and cancel: a command on kairos.commands keyed by the backfill's pipeline. */
abstract class BackfillOrder implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BACKFILL", description = "The backfill id, <tenant>/<name>~<key>.")
    BackfillId id;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ApiOptions api;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    abstract BackfillCommand command(BackfillId backfill, String requestedBy, Instant at);

    abstract String verb();

    @Override
    public final Integer call() {
        try (TopicWriter writer = cluster.writer()) {
            writer.send(Topics.COMMANDS, id.pipeline(), command(id, Operator.name(), Operator.CLOCK.instant()));
        }
        new Printer(spec.commandLine().getOut(), output.format())
                .rows(List.of(Printer.row("backfillId", id.value(), "outcome", verb() + " requested")));
        return 0;
    }
}
