package io.kairos.cli.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.CliRun;
import io.kairos.model.serde.Json;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The catalogue's topics made and checked through kairosctl against a real broker. */
class TopicsCommandsTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @Test
    void createMakesTheWholeCatalogueAndVerifyAgreesThenCreateAgainChangesNothing() throws Exception {
        CliRun created = CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers(), "-o", "json");

        assertThat(created.exitCode()).as(created.err()).isZero();
        JsonNode rows = Json.mapper().readTree(created.out());
        List<String> expected = Topics.catalogue(TopicLayout.SINGLE_BROKER, List.of("default")).stream()
                .map(d -> d.name()).toList();
        assertThat(rows.findValuesAsText("topic")).containsAll(expected);
        assertThat(rows).filteredOn(row -> expected.contains(row.get("topic").asText()))
                .allSatisfy(row -> assertThat(row.get("outcome").asText()).isIn("created", "exists"));
        assertThat(rows.findValuesAsText("outcome")).contains("created");
        TopicDescription pipelines = kafka.admin().describeTopics(List.of("kairos.run-requests"))
                .allTopicNames().get(30, TimeUnit.SECONDS).get("kairos.run-requests");
        assertThat(pipelines.partitions()).hasSize(TopicLayout.DEFAULT_CONTROL_PARTITIONS);

        CliRun verified = CliRun.of("topics", "verify", "--bootstrap-server", kafka.bootstrapServers());
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).containsPattern("OK: \\d+ topics match the catalogue");

        CliRun again = CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers());
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).doesNotContain("created").contains("exists");
    }

    @Test
    void describeShowsEachTopicAsItIs() throws Exception {
        CliRun.of("topics", "create", "--bootstrap-server", kafka.bootstrapServers(), "--queue", "gpu");

        CliRun described = CliRun.of("topics", "describe", "--bootstrap-server", kafka.bootstrapServers(), "-o", "json");

        assertThat(described.exitCode()).isZero();
        JsonNode workers = find(Json.mapper().readTree(described.out()), "kairos.workers");
        assertThat(workers.get("cleanupPolicy").asText()).isEqualTo("compact");
        assertThat(workers.get("replicationFactor").asInt()).isEqualTo(1);
        assertThat(find(Json.mapper().readTree(described.out()), "kairos.runs.gpu.low").get("exists").asBoolean()).isTrue();
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("topics", "verify", "--partitons", "3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown options: '--partitons'").contains("Possible solutions: --partitions");
    }

    @Test
    void anUnreachableClusterIsAFailureThatSaysSo() {
        CliRun run = CliRun.of("topics", "verify", "--bootstrap-server", "127.0.0.1:1", "--command-config",
                "/nonexistent/client.properties");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--command-config /nonexistent/client.properties: cannot read");
    }

    private static JsonNode find(JsonNode rows, String topic) {
        for (JsonNode row : rows) {
            if (row.get("topic").asText().equals(topic)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + topic + " in " + rows);
    }
}
