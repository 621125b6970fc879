package io.kairos.cli.topics;

import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code kairosctl topics create}: creates the missing catalogue topics; existing ones are left alone. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Create every missing Kairos topic with its partitions, replication and configs. Idempotent.")
final class CreateTopicsCommand extends CatalogueCommand {

    @Override
    int run(TopicCatalogueAdmin admin, List<TopicDefinition> catalogue) {
        Map<String, String> outcome = admin.create(catalogue);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TopicDefinition definition : catalogue) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", definition.name());
            row.put("partitions", definition.partitions());
            row.put("replicationFactor", definition.replicationFactor());
            row.put("cleanupPolicy", definition.cleanupPolicy());
            row.put("outcome", outcome.get(definition.name()));
            rows.add(row);
        }
        printer().rows(rows);
        return 0;
    }
}
