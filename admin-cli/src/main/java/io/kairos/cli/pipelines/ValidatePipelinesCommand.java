package io.kairos.cli.pipelines;

import io.kairos.cli.KairosCtl;
import io.kairos.cli.output.OutputFormat;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.spec.SpecFileCheck;
import io.kairos.model.spec.SpecFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kairosctl pipelines validate -f FILE|DIR}: checks specs offline, every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate pipeline specs offline (YAML or JSON; a directory means every such file in it). "
                + "Prints every problem with its file, field path and reason; exits 1 on any.")
final class ValidatePipelinesCommand implements Callable<Integer> {

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE|DIR", required = true,
            description = "A spec file or a directory of them.")
    Path source;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = SpecFiles.under(source);
        SpecFileCheck check = SpecFileCheck.of(files);
        PrintWriter out = spec.commandLine().getOut();
        if (output.format() == OutputFormat.json) {
            new Printer(out, output.format()).json(Map.of(
                    "valid", check.problems().isEmpty(),
                    "files", files.size(),
                    "pipelines", check.specs().stream().map(s -> s.id().value()).toList(),
                    "problems", check.problems().stream().map(p -> Map.of(
                            "file", p.file().toString(), "path", p.path(), "message", p.message())).toList()));
        } else {
            check.problems().forEach(out::println);
            out.println(check.problems().isEmpty()
                    ? "OK: " + check.specs().size() + " pipeline(s) valid in " + files.size() + " file(s)"
                    : check.problems().size() + " problem(s) in " + files.size() + " file(s)");
            out.flush();
        }
        return check.problems().isEmpty() ? 0 : KairosCtl.EXIT_FAILED;
    }
}
