package io.kairos.worker.api;

import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.T0;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.Json;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import io.kairos.worker.ledger.query.LedgerReader;
import io.kairos.worker.ledger.query.LocalLedger;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read API over the stores of a driven ledger, on a real HTTP server; one instance, no peers. */
class LedgerApiTest {

    private final LedgerDriver ledger = new LedgerDriver();
    private final HttpClient http = HttpClient.newHttpClient();
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        LocalLedger local = new LocalLedger(() -> List.of(new LedgerReader(ledger.runs(), ledger.index(),
                ledger.counters())));
        PeerDirectory alone = new PeerDirectory() {
            @Override
            public List<HostInfo> others() {
                return List.of();
            }

            @Override
            public Optional<HostInfo> ownerOf(PipelineId pipeline) {
                return Optional.empty();
            }
        };
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        new LedgerApi(local, alone, new PeerClient(Duration.ofSeconds(1)),
                Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC)).register(server);
        server.start();
    }

    @AfterEach
    void close() {
        server.stop(0);
        ledger.close();
    }

    @Test
    void statusReportsTheCountersOfEveryState() throws Exception {
        RunRequest done = aRequest().build();
        ledger.request(done);
        ledger.started(done.runId(), 1, WORKER);
        ledger.advance(Duration.ofSeconds(2));
        ledger.succeeded(done.runId(), 1, WORKER);
        ledger.request(aRequest().scheduledFor(T0.plusSeconds(60)).build());
        ledger.request(aRequest().pipeline(PipelineId.of("acme", "other")).notBefore(T0.plusSeconds(600)).build());

        JsonNode status = get("/api/v1/status").body;

        assertThat(status.path("pipelinesActive").asLong()).isEqualTo(2);
        assertThat(status.path("runsQueued").asLong()).isEqualTo(1);
        assertThat(status.path("runsScheduled").asLong()).isEqualTo(1);
        assertThat(status.path("runsProcessing").asLong()).isZero();
        assertThat(status.path("completedToday").asLong()).isEqualTo(1);
        assertThat(status.path("failedToday").asLong()).isZero();
        assertThat(status.path("avgExecutionSeconds").asDouble()).isEqualTo(2.0);
    }

    @Test
    void runsAreListedNewestFirstFilteredByPipelineAndStateWithALimit() throws Exception {
        for (int i = 0; i < 3; i++) {
            ledger.request(aRequest().scheduledFor(T0.plusSeconds(60L * i)).build());
        }
        ledger.request(aRequest().pipeline(PipelineId.of("acme", "other")).build());

        JsonNode all = get("/api/v1/runs?limit=10").body;
        JsonNode queued = get("/api/v1/runs?pipeline=acme/import&state=QUEUED&limit=1").body;

        assertThat(all).hasSize(4);
        assertThat(all.get(0).path("scheduledFor").asText()).isEqualTo("2026-03-01T10:02:00Z");
        assertThat(queued).hasSize(1);
        assertThat(queued.get(0).path("runId").asText()).isEqualTo("acme/import@2026-03-01T10:02:00Z");
        assertThat(queued.get(0).path("state").asText()).isEqualTo("QUEUED");
        assertThat(queued.get(0).has("workerId")).isTrue();
        assertThat(queued.get(0).path("origin").asText()).isEqualTo("schedule");
    }

    @Test
    void oneRunComesWithTheTimelineOfEveryAttempt() throws Exception {
        RunRequest request = aRequest().build();
        ledger.request(request);
        ledger.started(request.runId(), 1, WORKER);
        ledger.failed(request.runId(), 1, WORKER);

        Response response = get("/api/v1/runs/" + request.runId().value());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.body.path("state").asText()).isEqualTo("SCHEDULED");
        assertThat(response.body.path("attempt").asInt()).isEqualTo(2);
        assertThat(response.body.path("lastError").asText()).isEqualTo("exit 1");
        assertThat(response.body.path("timeline")).extracting(step -> step.path("state").asText())
                .containsExactly("QUEUED", "DISPATCHED", "PROCESSING", "SCHEDULED");
    }

    @Test
    void badParametersAndUnknownRunsAreRefusedWithEveryProblem() throws Exception {
        Response bad = get("/api/v1/runs?pipeline=nope&state=WAITING&limit=0");
        Response missing = get("/api/v1/runs/acme/import@2030-01-01T00:00:00Z");

        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.body.path("details")).extracting(d -> d.path("path").asText())
                .containsExactlyInAnyOrder("pipeline", "state", "limit");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.body.path("error").asText()).isEqualTo("not found");
    }

    @Test
    void aScopeOtherThanLocalIsRefused() throws Exception {
        Response bad = get("/api/v1/status?scope=everything");

        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.body.path("details").get(0).path("path").asText()).isEqualTo("scope");
    }

    private record Response(int status, JsonNode body) {
    }

    private Response get(String path) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), Json.mapper().readTree(response.body()));
    }
}
