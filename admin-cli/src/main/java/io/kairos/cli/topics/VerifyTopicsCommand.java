package io.kairos.cli.topics;

import io.kairos.cli.KairosCtl;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicDefinition;
import io.kairos.model.topic.TopicDrift;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code kairosctl topics verify}: exits 1 naming every drift from the catalogue. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the cluster against the catalogue; exit 1 and name every drift "
                + "(missing topic, wrong partitions, cleanup policy or replication).")
final class VerifyTopicsCommand extends CatalogueCommand {

    @Override
    int run(TopicCatalogueAdmin admin, List<TopicDefinition> catalogue) {
        List<TopicDrift> drift = admin.drift(catalogue);
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case json -> printer().json(Map.of("ok", drift.isEmpty(), "topics", catalogue.size(),
                    "drift", drift.stream().map(d -> Map.of("topic", d.topic(), "problem", d.problem())).toList()));
            case table -> {
                drift.forEach(d -> out.println("DRIFT " + d));
                out.println(drift.isEmpty() ? "OK: " + catalogue.size() + " topics match the catalogue"
                        : drift.size() + " problem(s) in " + catalogue.size() + " topics");
                out.flush();
            }
        }
        return drift.isEmpty() ? 0 : KairosCtl.EXIT_FAILED;
    }
}
