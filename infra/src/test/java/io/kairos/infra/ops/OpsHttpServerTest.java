package io.kairos.infra.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpsHttpServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private ServiceMetrics metrics;
    private OpsHttpServer server;

    @BeforeEach
    void start() {
        metrics = new ServiceMetrics("kairos-test", "host-1");
        server = OpsHttpServer.start("127.0.0.1", 0, metrics);
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void livezAnswersWhileTheProcessRuns() throws Exception {
        HttpResponse<String> response = get("/livez");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");
    }

    @Test
    void readyzIsUnavailableUntilTheProcessHasStartedEveryPart() throws Exception {
        server.addReadinessCheck(ReadinessCheck.of("kafka", () -> true));

        HttpResponse<String> starting = get("/readyz");
        server.markStarted();

        assertThat(starting.statusCode()).isEqualTo(503);
        assertThat(Json.mapper().readTree(starting.body()).at("/checks/startup").asBoolean()).isFalse();
        assertThat(get("/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void readyzIsUnavailableNamingTheCheckThatFailsUntilItPasses() throws Exception {
        server.markStarted();
        AtomicBoolean ledgerRunning = new AtomicBoolean(false);
        server.addReadinessCheck(ReadinessCheck.of("kafka", () -> true));
        server.addReadinessCheck(ReadinessCheck.of("ledger", ledgerRunning::get));

        HttpResponse<String> notReady = get("/readyz");
        ledgerRunning.set(true);
        HttpResponse<String> ready = get("/readyz");

        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(Json.mapper().readTree(notReady.body()).at("/checks/ledger").asBoolean()).isFalse();
        assertThat(Json.mapper().readTree(notReady.body()).at("/checks/kafka").asBoolean()).isTrue();
        assertThat(ready.statusCode()).isEqualTo(200);
    }

    @Test
    void aReadinessCheckThatThrowsCountsAsNotReady() throws Exception {
        server.markStarted();
        server.addReadinessCheck(ReadinessCheck.of("broken", () -> {
            throw new IllegalStateException("no answer");
        }));

        assertThat(get("/readyz").statusCode()).isEqualTo(503);
    }

    @Test
    void metricsArePrometheusTextWithTheCommonTags() throws Exception {
        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(OpsHttpServer.PROMETHEUS_CONTENT_TYPE);
        assertThat(response.body()).contains("jvm_memory_used_bytes{").contains("application=\"kairos-test\"")
                .contains("instance=\"host-1\"");
    }

    @Test
    void anUnknownPathIsAJsonNotFound() throws Exception {
        HttpResponse<String> response = get("/nothing/here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.mapper().readTree(response.body()).get("error").asText()).isEqualTo("no such endpoint: /nothing/here");
    }

    @Test
    void aTakenPortIsRefusedNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpsHttpServer.start("127.0.0.1", server.port(), metrics))
                .hasMessageContaining("HTTP port " + server.port()).hasMessageContaining("--http-port");
    }

    @Test
    void opsEndpointsServeOnlyGetOfTheirExactPath() throws Exception {
        for (String path : java.util.List.of("/livez", "/readyz", "/metrics")) {
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + path)).POST(HttpRequest.BodyPublishers.ofString("{broken")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).as("POST " + path).isEqualTo(405);
            assertThat(get(path + "-not").statusCode()).as(path + "-not").isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
