package io.kairos.worker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.config.KairosConfig;
import io.kairos.model.serde.Json;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicLayout;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.ledger.service.LedgerConfig;
import io.kairos.worker.ledger.service.LedgerService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API with tokens on a real broker: tenants are kept apart, bad input is refused with its path and changes nothing. */
class OperatorApiOnBrokerTest {

    static final String ADMIN = "admin-secret-0123456789";
    static final String ACME = "acme-secret-0123456789";
    static final String GLOBEX = "globex-secret-0123456789";
    static final String SPEC = "{\"id\": \"%s\", \"schedule\": {\"cron\": \"0 * * * *\"}, "
            + "\"executor\": {\"type\": \"sleep\", \"duration\": \"PT1S\"}}";

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @TempDir
    static Path dir;

    static LedgerService ledger;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        new TopicCatalogueAdmin(kafka.admin()).create(Topics.catalogue(new TopicLayout(4, 2, (short) 1, 1),
                List.of(Topics.DEFAULT_QUEUE)));
        LedgerConfig config = LedgerConfig.from(KairosConfig.of(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "kairos.ledger.application.id", "api-test-ledger", "kairos.ledger.state.dir", dir.toString(),
                "kairos.ledger.api.port", "0", "kairos.ledger.commit.interval", "PT0.1S")));
        ApiConfig api = ApiConfig.DEFAULTS.withTokens(ApiTokens.hash(ADMIN) + "=admin," + ApiTokens.hash(ACME) + "=acme,"
                + ApiTokens.hash(GLOBEX) + "=globex").withSubmitLimit(0.01, 3);
        ledger = new LedgerService(config, new SimpleMeterRegistry(), Clock.systemUTC(), null, api);
        ledger.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> ledger.isReady() && ledger.isApiReady());
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    @Test
    void aTenantTokenIsRefusedAnotherTenantsPipelineOnEveryEndpoint() throws Exception {
        assertThat(call("PUT", "/pipelines/acme/secret", ACME, SPEC.formatted("acme/secret")).status).isEqualTo(201);
        String runId = call("POST", "/runs", ACME, "{\"pipelineId\": \"acme/secret\", \"idempotencyKey\": \"k\"}")
                .body.path("runId").asText();

        List<Response> refused = List.of(
                call("GET", "/pipelines/acme/secret", GLOBEX, null),
                call("PUT", "/pipelines/acme/secret", GLOBEX, SPEC.formatted("acme/secret")),
                call("POST", "/pipelines", GLOBEX, SPEC.formatted("acme/other")),
                call("DELETE", "/pipelines/acme/secret", GLOBEX, null),
                call("POST", "/pipelines/acme/secret/pause", GLOBEX, ""),
                call("POST", "/pipelines/acme/secret/resume", GLOBEX, ""),
                call("GET", "/pipelines/acme/secret/preview", GLOBEX, null),
                call("POST", "/runs", GLOBEX, "{\"pipelineId\": \"acme/secret\"}"),
                call("GET", "/runs?pipeline=acme/secret", GLOBEX, null),
                call("GET", "/runs/" + runId, GLOBEX, null),
                call("POST", "/runs/" + runId + "/cancel", GLOBEX, ""),
                call("POST", "/runs/" + runId + "/retry", GLOBEX, ""),
                call("GET", "/status", GLOBEX, null),
                call("POST", "/workers/any/drain", GLOBEX, ""));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.status).as(response.body.toString()).isEqualTo(403);
            assertThat(response.body.path("error").asText()).isEqualTo("forbidden");
        });
        assertThat(call("GET", "/pipelines", GLOBEX, null).body.toString()).doesNotContain("acme/");
        await().atMost(Duration.ofSeconds(30)).until(() -> call("GET", "/runs", ADMIN, null).body.toString()
                .contains(runId));
        assertThat(call("GET", "/runs", GLOBEX, null).body.toString()).doesNotContain("acme/");
        assertThat(call("GET", "/runs/" + runId, ACME, null).status).isEqualTo(200);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorizedAndLivenessNeedsNone() throws Exception {
        assertThat(call("GET", "/pipelines", null, null).status).isEqualTo(401);
        assertThat(call("GET", "/pipelines", "wrong", null).status).isEqualTo(401);
        assertThat(call("GET", "/pipelines", ADMIN, null).status).isEqualTo(200);
    }

    @Test
    void badInputOnEveryWriteEndpointIsRefusedWithTheFieldPathAndChangesNothing() throws Exception {
        Response spec = call("POST", "/pipelines", ADMIN, "{\"id\": \"bad/spec\", \"schedule\": {\"cron\": \"61 * * * *\"},"
                + " \"priorty\": 5, \"executor\": {\"type\": \"sleep\", \"duration\": \"PT1S\"}}");
        Response put = call("PUT", "/pipelines/bad/put", ADMIN, SPEC.formatted("bad/other"));
        Response run = call("POST", "/runs", ADMIN, "{\"pipelineId\": \"nope\", \"priority\": 11, "
                + "\"notBefore\": \"tomorrow\", \"idempotencyKey\": \"has space\", \"colour\": 1}");
        Response notJson = call("POST", "/runs", ADMIN, "{oops");
        Response preview = call("GET", "/pipelines/bad/x/preview?n=0", ADMIN, null);

        assertThat(spec.status).isEqualTo(400);
        assertThat(paths(spec)).contains("schedule.cron", "priorty");
        assertThat(put.status).isEqualTo(400);
        assertThat(paths(put)).containsExactly("id");
        assertThat(run.status).isEqualTo(400);
        assertThat(paths(run)).containsExactlyInAnyOrder("pipelineId", "priority", "notBefore", "idempotencyKey", "colour");
        assertThat(notJson.status).isEqualTo(400);
        assertThat(paths(notJson)).containsExactly("(body)");
        assertThat(preview.status).isIn(400, 404);
        assertThat(call("GET", "/pipelines/bad/spec", ADMIN, null).status).isEqualTo(404);
        assertThat(call("GET", "/pipelines/bad/put", ADMIN, null).status).isEqualTo(404);
    }

    @Test
    void theSameIdempotencyKeyTwiceReturnsTheSameRunAndTheLimitAnswers429WithRetryAfter() throws Exception {
        call("PUT", "/pipelines/limited/jobs", ADMIN, SPEC.formatted("limited/jobs"));
        String body = "{\"pipelineId\": \"limited/jobs\", \"idempotencyKey\": \"order-7\", \"priority\": 9, "
                + "\"payload\": {\"n\": 7}, \"tags\": {\"team\": \"billing\"}}";

        Response first = call("POST", "/runs", ADMIN, body);
        Response second = call("POST", "/runs", ADMIN, body);

        assertThat(first.status).isEqualTo(202);
        assertThat(first.body.path("runId").asText()).isEqualTo("limited/jobs:order-7")
                .isEqualTo(second.body.path("runId").asText());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                call("GET", "/runs/limited/jobs:order-7", ADMIN, null).status == 200);
        assertThat(call("GET", "/runs/limited/jobs:order-7", ADMIN, null).body.path("origin").asText()).isEqualTo("api");

        Response limited = call("POST", "/runs", ADMIN, body);
        for (int i = 0; i < 3 && limited.status != 429; i++) {
            limited = call("POST", "/runs", ADMIN, body);
        }
        assertThat(limited.status).as("a burst of 3 is used up").isEqualTo(429);
        assertThat(limited.retryAfter).isNotNull();
    }

    @Test
    void pipelinesAreListedWithPaginationAndPausedAndResumed() throws Exception {
        for (String name : List.of("a", "b", "c")) {
            assertThat(call("PUT", "/pipelines/paged/" + name, ADMIN, SPEC.formatted("paged/" + name)).status).isEqualTo(201);
        }

        Response page = call("GET", "/pipelines?tenant=paged&limit=2", ADMIN, null);
        Response paused = call("POST", "/pipelines/paged/a/pause", ADMIN, "");

        assertThat(page.body).hasSize(2);
        assertThat(page.nextOffset).isEqualTo("2");
        assertThat(call("GET", "/pipelines?tenant=paged&limit=2&offset=2", ADMIN, null).body).hasSize(1);
        assertThat(paused.body.path("outcome").asText()).isEqualTo("changed");
        assertThat(call("GET", "/pipelines/paged/a", ADMIN, null).body.path("paused").asBoolean()).isTrue();
        assertThat(call("PUT", "/pipelines/paged/a", ADMIN, SPEC.formatted("paged/a")).body.toString()).contains("changed");
        assertThat(call("DELETE", "/pipelines/paged/c", ADMIN, null).status).isEqualTo(200);
        assertThat(call("GET", "/pipelines/paged/c", ADMIN, null).status).isEqualTo(404);
    }

    private static List<String> paths(Response response) {
        return response.body.path("details").findValuesAsText("path");
    }

    private record Response(int status, JsonNode body, String retryAfter, String nextOffset) {
    }

    private Response call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ledger.apiPort() + "/api/v1" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), Json.mapper().readTree(response.body()),
                response.headers().firstValue("Retry-After").orElse(null),
                response.headers().firstValue("X-Next-Offset").orElse(null));
    }
}
