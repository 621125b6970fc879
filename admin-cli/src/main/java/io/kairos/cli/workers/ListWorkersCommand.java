package io.kairos.cli.workers;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.Operator;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kairosctl workers list}: every executor on kairos.workers, live and gone. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List executors from kairos.workers: live, draining, gone (silent for more than 15s) or left.")
final class ListWorkersCommand implements Callable<Integer> {

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
        new Printer(spec.commandLine().getOut(), output.format())
                .rows(WorkerRoster.read(cluster.clientProperties()).rows(Operator.CLOCK.instant()));
        return 0;
    }
}
