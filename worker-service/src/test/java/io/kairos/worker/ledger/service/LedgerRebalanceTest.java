package io.kairos.worker.ledger.service;

import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.serde.Json;
import io.kairos.testkit.KafkaTestCluster;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two ledger instances share the partitions; instances joining and leaving lose no run and dispatch none twice. */
class LedgerRebalanceTest {

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    private static final int PIPELINES = 8;
    private static final int RUNS_PER_WAVE = 10;

    private final LedgerOnBroker broker = new LedgerOnBroker(kafka);

    @TempDir
    Path stateDirs;

    @Test
    void aRebalanceLosesNoRunAndDispatchesNoneTwice() throws Exception {
        broker.createTopics();
        String applicationId = kafka.uniqueName("ledger");
        try (LedgerService first = service(applicationId, "first");
             LedgerService second = service(applicationId, "second")) {
            first.start();
            await().atMost(Duration.ofSeconds(60)).until(first::isReady);
            requestWave(0);

            second.start();
            requestWave(1);
            await().atMost(Duration.ofSeconds(60)).until(() -> first.isReady() && second.isReady());
            requestWave(2);

            first.close();
            requestWave(3);
            await().atMost(Duration.ofSeconds(60)).until(second::isReady);

            int expected = 4 * PIPELINES * RUNS_PER_WAVE;
            await().atMost(Duration.ofSeconds(60)).until(() -> broker.dispatched().size() >= expected);
            List<DispatchedRun> dispatched = broker.dispatched();
            assertThat(dispatched).hasSize(expected);
            assertThat(dispatched.stream().collect(Collectors.groupingBy(DispatchedRun::runId, Collectors.counting())))
                    .hasSize(expected).allSatisfy((run, count) -> assertThat(count).isEqualTo(1));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status(second).path("runsByState").path("DISPATCHED").asLong() == expected);

            List<ConsumerRecord<byte[], byte[]>> beacons = broker.beacons();
            assertThat(beacons).extracting(ConsumerRecord::partition).containsOnly(0, 1, 2, 3);
            assertThat(beacons).allSatisfy(beacon -> {
                assertThat(beacon.key()).isNull();
                assertThat(beacon.value()).isNull();
                assertThat(LedgerBeacon.of(beacon.headers())).contains(new LedgerBeacon(beacon.partition()));
            });
        }
    }

    private LedgerService service(String applicationId, String name) {
        return new LedgerService(broker.config(applicationId, stateDirs.resolve(name)), new SimpleMeterRegistry(),
                Clock.systemUTC());
    }

    private void requestWave(int wave) {
        for (int p = 0; p < PIPELINES; p++) {
            PipelineId pipeline = PipelineId.of("acme", "pipeline-" + p);
            for (int i = 0; i < RUNS_PER_WAVE; i++) {
                broker.request(aRequest().pipeline(pipeline).maxConcurrentRuns(1000)
                        .scheduledFor(T0.plusSeconds(60L * (wave * RUNS_PER_WAVE + i))).build());
            }
        }
    }

    private static JsonNode status(LedgerService ledger) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + ledger.apiPort() + "/api/v1/status");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return Json.mapper().readTree(response.body());
    }
}
