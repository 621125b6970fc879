package io.kairos.cli.topics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kairos.model.topic.TopicDefinition;
import io.kairos.model.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kairosctl topics export --format strimzi}: the catalogue as Strimzi {@code KafkaTopic}
 * resources, so topics are declared as code with the rest of a Kubernetes deployment. Works
 * offline: the layout comes from the options, not from a cluster.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the catalogue's topics as Strimzi KafkaTopic resources (YAML, one document per topic).")
final class ExportTopicsCommand implements Callable<Integer> {

    static final String STRIMZI_API_VERSION = "kafka.strimzi.io/v1beta2";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--cluster", paramLabel = "NAME", required = true,
            description = "The Strimzi Kafka cluster the topics belong to (label strimzi.io/cluster).")
    String cluster;

    @Option(names = "--namespace", paramLabel = "NS", description = "The Kubernetes namespace of the resources.")
    String namespace;

    @Option(names = "--brokers", paramLabel = "N", defaultValue = "3",
            description = "Brokers in the cluster, for the default replication (default: ${DEFAULT-VALUE}).")
    int brokers;

    @Mixin
    LayoutOptions layout;

    @Spec
    CommandSpec spec;

    /** Export formats. */
    enum Format {
        strimzi
    }

    @Override
    public Integer call() throws IOException {
        List<TopicDefinition> catalogue = Topics.catalogue(layout.layout(brokers), layout.queues());
        PrintWriter out = spec.commandLine().getOut();
        for (TopicDefinition definition : catalogue) {
            out.println("---");
            out.print(YAML.writeValueAsString(kafkaTopic(definition)));
        }
        out.flush();
        return 0;
    }

    private ObjectNode kafkaTopic(TopicDefinition definition) {
        ObjectNode resource = YAML.createObjectNode();
        resource.put("apiVersion", STRIMZI_API_VERSION);
        resource.put("kind", "KafkaTopic");
        ObjectNode metadata = resource.putObject("metadata");
        metadata.put("name", definition.name().replace('.', '-'));
        if (namespace != null) {
            metadata.put("namespace", namespace);
        }
        metadata.putObject("labels").put("strimzi.io/cluster", cluster).put("app.kubernetes.io/part-of", "kairos");
        ObjectNode topicSpec = resource.putObject("spec");
        topicSpec.put("topicName", definition.name());
        topicSpec.put("partitions", definition.partitions());
        topicSpec.put("replicas", definition.replicationFactor());
        ObjectNode config = topicSpec.putObject("config");
        definition.configs().forEach(config::put);
        return resource;
    }
}
