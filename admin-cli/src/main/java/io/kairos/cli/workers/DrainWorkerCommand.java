package io.kairos.cli.workers;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.CommandFailedException;
import io.kairos.cli.Operator;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.WorkerId;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.DrainWorker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairosctl workers drain ID}: a drain order on kairos.worker-control. */
@Command(name = "drain", mixinStandardHelpOptions = true,
        description = "Drain an executor: it finishes the runs in progress and takes no more.")
final class DrainWorkerCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WORKER", description = "The worker id, as workers list shows it.")
    WorkerId worker;

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
        if (!WorkerRoster.read(cluster.clientProperties()).knows(worker)) {
            throw new CommandFailedException("no worker " + worker + " on kairos.workers; see kairosctl workers list");
        }
        try (TopicWriter writer = cluster.writer()) {
            writer.send(Topics.WORKER_CONTROL, worker, new DrainWorker(worker, Operator.CLOCK.instant()));
        }
        new Printer(spec.commandLine().getOut(), output.format())
                .rows(List.of(Printer.row("workerId", worker.value(), "outcome", "drain requested")));
        return 0;
    }
}
