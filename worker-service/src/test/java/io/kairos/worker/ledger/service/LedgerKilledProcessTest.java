package io.kairos.worker.ledger.service;

import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.serde.Json;
import io.kairos.testkit.FreePorts;
import io.kairos.testkit.KafkaTestCluster;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A ledger process killed with SIGKILL mid-load and restarted: every run in exactly one state, no attempt dispatched twice. */
class LedgerKilledProcessTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final int PIPELINES = 10;
    private static final int RUNS_PER_PIPELINE = 30;

    private final LedgerOnBroker broker = new LedgerOnBroker(kafka);
    private Process ledger;

    @TempDir
    Path stateDir;

    @TempDir
    Path logDir;

    @AfterEach
    void stopLedger() throws InterruptedException {
        if (ledger != null) {
            ledger.destroy();
            ledger.waitFor();
        }
    }

    @Test
    void aLedgerKilledMidLoadAndRestartedLeavesEveryRunInOneStateAndNoAttemptDispatchedTwice() throws Exception {
        broker.createTopics();
        String applicationId = kafka.uniqueName("ledger");
        int port = FreePorts.next();
        ledger = launch(applicationId, port);
        requestRuns(0, RUNS_PER_PIPELINE / 2);
        await().atMost(Duration.ofSeconds(90)).until(() -> !broker.dispatched().isEmpty());

        ledger.destroyForcibly().waitFor();
        requestRuns(RUNS_PER_PIPELINE / 2, RUNS_PER_PIPELINE);
        ledger = launch(applicationId, port);

        int expected = PIPELINES * RUNS_PER_PIPELINE;
        await().atMost(Duration.ofSeconds(120)).until(() -> broker.dispatched().size() >= expected);
        List<DispatchedRun> dispatched = broker.dispatched();
        Map<String, Long> perAttempt = dispatched.stream()
                .collect(Collectors.groupingBy(run -> run.runId() + "#" + run.attempt(), Collectors.counting()));
        assertThat(perAttempt).hasSize(expected).allSatisfy((attempt, count) -> assertThat(count).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> runsHeld(port).size() == expected);
        JsonNode runs = get(port, "/api/v1/runs?limit=1000");
        Set<String> ids = new HashSet<>();
        runs.forEach(run -> {
            assertThat(ids.add(run.path("runId").asText())).isTrue();
            assertThat(run.path("state").asText()).isEqualTo("DISPATCHED");
        });
        assertThat(get(port, "/api/v1/status").path("runsByState").path("DISPATCHED").asLong()).isEqualTo(expected);
    }

    private Process launch(String applicationId, int port) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LedgerMain.class.getName());
        broker.settings(applicationId, stateDir, port).forEach((key, value) -> builder.environment().put(envName(key), value));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("ledger.log").toFile()));
        return builder.start();
    }

    private static String envName(String key) {
        String name = key.startsWith("kairos.") ? key.substring("kairos.".length()) : "kafka." + key;
        return "KAIROS_" + name.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private void requestRuns(int from, int to) {
        for (int i = from; i < to; i++) {
            for (int p = 0; p < PIPELINES; p++) {
                broker.request(aRequest().pipeline(PipelineId.of("acme", "pipeline-" + p)).maxConcurrentRuns(1000)
                        .scheduledFor(T0.plusSeconds(60L * i)).build());
            }
        }
    }

    private static List<JsonNode> runsHeld(int port) {
        try {
            List<JsonNode> runs = new ArrayList<>();
            get(port, "/api/v1/runs?limit=1000").forEach(runs::add);
            return runs;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static JsonNode get(int port, String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return Json.mapper().readTree(response.body());
    }
}
