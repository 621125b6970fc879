package io.kairos.cli.pipelines;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kairosctl pipelines list [--tenant T]}: the pipelines of the catalogue. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the pipelines on kairos.pipelines; -o json prints every spec in full.")
final class ListPipelinesCommand implements Callable<Integer> {

    @Option(names = "--tenant", paramLabel = "TENANT", description = "Only this tenant's pipelines.")
    String tenant;

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
        Collection<PipelineSpec> pipelines = cluster.catalog().read().values().stream()
                .filter(p -> tenant == null || p.id().tenant().equals(tenant)).toList();
        Printer printer = new Printer(spec.commandLine().getOut(), output.format());
        if (output.format() == OutputFormat.json) {
            printer.json(pipelines.stream().map(SpecWriter::toTree).toList());
        } else {
            printer.rows(pipelines.stream().map(PipelineRows::row).toList());
        }
        return 0;
    }
}
