package io.kairos.cli.topics;

import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicDefinition;
import io.kairos.model.topic.TopicObservation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code kairosctl topics describe}: each catalogue topic as it is on the cluster. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Show each Kairos topic as it is on the cluster: partitions, replication, cleanup policy.")
final class DescribeTopicsCommand extends CatalogueCommand {

    @Override
    int run(TopicCatalogueAdmin admin, List<TopicDefinition> catalogue) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TopicObservation observation : admin.observe(catalogue)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("topic", observation.expected().name());
            row.put("exists", observation.exists());
            row.put("partitions", observation.exists() ? observation.partitions() : null);
            row.put("replicationFactor", observation.exists() ? observation.replicationFactor() : null);
            row.put("cleanupPolicy", observation.exists() ? observation.cleanupPolicy() : null);
            row.put("retentionMs", observation.configs().get("retention.ms"));
            rows.add(row);
        }
        printer().rows(rows);
        return 0;
    }
}
