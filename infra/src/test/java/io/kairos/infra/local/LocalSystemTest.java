package io.kairos.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.serde.Json;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecFileCheck;
import io.kairos.model.spec.SpecFiles;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/kairos local} as a user meets it: a broker, the topics, the demo pipelines firing and
 * their runs completing, and a restart that keeps the data.
 */
class LocalSystemTest {

    private static final Path DEMO = Path.of("demo");

    @TempDir
    Path dataDir;

    @Test
    void theDemoPipelinesAreValid() {
        SpecFileCheck check = SpecFileCheck.of(SpecFiles.under(DEMO));

        assertThat(check.problems()).isEmpty();
        assertThat(check.specs()).extracting(spec -> spec.id().value())
                .contains("demo/heartbeat", "demo/slow-sync", "demo/flaky-import", "demo/minute-report");
    }

    @Test
    void runsTheDemoToCompletedRunsAndARestartKeepsTheData() throws Exception {
        int port = FreePorts.next();
        List<PipelineId> demo = SpecFileCheck.of(SpecFiles.under(DEMO)).validSpecs().stream().map(PipelineSpec::id).toList();

        try (LocalSystem system = LocalSystem.start(settings(port, DEMO))) {
            assertThat(system.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
            String api = "http://127.0.0.1:" + system.httpPort();
            await().atMost(Duration.ofSeconds(60)).until(() -> statusOf(api + "/readyz") == 200);
            assertThat(drift(system.bootstrapServers())).isEmpty();
            assertThat(pipelinesOn(system.bootstrapServers(), demo.size()).keySet()).containsExactlyInAnyOrderElementsOf(demo);
            String completedHeartbeats = api + "/api/v1/runs?pipeline=demo/heartbeat&state=COMPLETED&limit=1";
            await().atMost(Duration.ofSeconds(60)).until(() -> json(completedHeartbeats).size() > 0);
            assertThat(json(completedHeartbeats).get(0).get("runId").asText()).startsWith("demo/heartbeat@");
            assertThat(json(api + "/api/v1/status").path("completedToday").asInt()).isPositive();
        }

        try (LocalSystem restarted = LocalSystem.start(settings(port, null))) {
            assertThat(drift(restarted.bootstrapServers())).isEmpty();
            assertThat(pipelinesOn(restarted.bootstrapServers(), demo.size()).keySet()).containsExactlyInAnyOrderElementsOf(demo);
        }
    }

    private LocalSettings settings(int port, Path demoDir) {
        return new LocalSettings(dataDir, port, null, Duration.ofMinutes(1), demoDir, 0, 1, 2);
    }

    private static JsonNode json(String url) throws Exception {
        return Json.mapper().readTree(java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
    }

    private static int statusOf(String url) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<?> drift(String bootstrap) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            TopicCatalogueAdmin catalogue = new TopicCatalogueAdmin(admin);
            return catalogue.drift(catalogue.catalogueFor(TopicLayout.SINGLE_BROKER, List.of(Topics.DEFAULT_QUEUE)));
        }
    }

    private static Map<PipelineId, PipelineSpec> pipelinesOn(String bootstrap, int expected) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "local-system-test-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<PipelineId, PipelineSpec> pipelines = new HashMap<>();
        try (KafkaConsumer<PipelineId, PipelineSpec> consumer = new KafkaConsumer<>(config,
                Topics.PIPELINES.keySerde().deserializer(), Topics.PIPELINES.valueSerde().deserializer())) {
            consumer.subscribe(List.of(Topics.PIPELINES.name()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (pipelines.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<PipelineId, PipelineSpec> record : consumer.poll(Duration.ofMillis(200))) {
                    pipelines.put(record.key(), record.value());
                }
            }
        }
        return pipelines;
    }
}
