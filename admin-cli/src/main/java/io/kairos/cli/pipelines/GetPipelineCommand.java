package io.kairos.cli.pipelines;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kairos.cli.ClusterOptions;
import io.kairos.cli.api.ApiOptions;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kairosctl pipelines get ID}: one spec in full, as YAML (or JSON with {@code -o json}). */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print one pipeline's spec in full, every default explicit: YAML, or JSON with -o json.")
final class GetPipelineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PIPELINE", description = "The pipeline id, <tenant>/<name>.")
    PipelineId id;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ApiOptions api;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PipelineSpec pipeline = PipelineLookup.require(cluster, id);
        if (output.format() == OutputFormat.json) {
            new Printer(spec.commandLine().getOut(), output.format()).json(SpecWriter.toTree(pipeline));
        } else {
            spec.commandLine().getOut().print(new YAMLMapper().writeValueAsString(SpecWriter.toTree(pipeline)));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
