package io.kairos.cli.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kairos.cli.CliRun;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTopicsCommandTest {

    @Test
    void everyCatalogueTopicBecomesAStrimziKafkaTopic() throws Exception {
        CliRun run = CliRun.of("topics", "export", "--format", "strimzi", "--cluster", "prod", "--namespace", "kairos",
                "--queue", "default", "--queue", "gpu");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> resources = readAll(run.out());
        assertThat(resources).hasSize(Topics.catalogue(TopicLayout.REPLICATED, List.of("default", "gpu")).size());
        JsonNode workers = resources.stream()
                .filter(r -> r.at("/spec/topicName").asText().equals("kairos.workers")).findFirst().orElseThrow();
        assertThat(workers.get("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1beta2");
        assertThat(workers.get("kind").asText()).isEqualTo("KafkaTopic");
        assertThat(workers.at("/metadata/name").asText()).isEqualTo("kairos-workers");
        assertThat(workers.at("/metadata/namespace").asText()).isEqualTo("kairos");
        assertThat(workers.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("prod");
        assertThat(workers.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(workers.at("/spec/config/cleanup.policy").asText()).isEqualTo("compact");
        assertThat(workers.at("/spec/config/min.insync.replicas").asText()).isEqualTo("2");
    }

    @Test
    void theLayoutOptionsShapeTheResources() throws Exception {
        CliRun run = CliRun.of("topics", "export", "--format", "strimzi", "--cluster", "dev", "--brokers", "1",
                "--partitions", "24");

        JsonNode requests = readAll(run.out()).stream()
                .filter(r -> r.at("/spec/topicName").asText().equals("kairos.run-requests")).findFirst().orElseThrow();
        assertThat(requests.at("/spec/partitions").asInt()).isEqualTo(24);
        assertThat(requests.at("/spec/replicas").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(CliRun.of("topics", "export", "--format", "helm", "--cluster", "x").exitCode()).isEqualTo(2);
    }

    private static List<JsonNode> readAll(String yaml) throws Exception {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        try (MappingIterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(yaml)) {
            return documents.readAll().stream().filter(d -> d != null && !d.isNull() && !d.isMissingNode()).toList();
        }
    }
}
