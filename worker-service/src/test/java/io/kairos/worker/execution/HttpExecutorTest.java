package io.kairos.worker.execution;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.serde.Json;
import io.kairos.model.spec.HttpExecutorSpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpExecutorTest {

    private final DispatchedRun run = aRun().pipeline("acme/hook").build();
    private final AtomicReference<JsonNode> received = new AtomicReference<>();
    private final AtomicReference<String> token = new AtomicReference<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", exchange -> {
            received.set(Json.mapper().readTree(exchange.getRequestBody()));
            token.set(exchange.getRequestHeaders().getFirst("X-Token"));
            answer(exchange, 200, "done");
        });
        server.createContext("/broken", exchange -> answer(exchange, 503, "try later"));
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "late");
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void postsTheRunContextWithTheHeadersAndSucceedsOn2xx() throws Exception {
        ExecutionResult result = execute("/ok", Duration.ofSeconds(5));
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.summary()).isEqualTo("HTTP 200: done");
        assertThat(received.get().get("runId").asText()).isEqualTo(run.runId().value());
        assertThat(received.get().get("attempt").asInt()).isEqualTo(1);
        assertThat(token.get()).isEqualTo("secret");
    }

    @Test
    void failsOnAnotherStatusWithTheStatusAndTheAnswer() throws Exception {
        ExecutionResult result = execute("/broken", Duration.ofSeconds(5));
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.error()).isEqualTo("HTTP status 503");
        assertThat(result.summary()).isEqualTo("HTTP 503: try later");
    }

    @Test
    void failsWhenNoAnswerComesWithinTheTimeout() throws Exception {
        ExecutionResult result = execute("/slow", Duration.ofMillis(300));
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.error()).contains("within PT0.3S");
    }

    private ExecutionResult execute(String path, Duration timeout) throws Exception {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        HttpExecutorSpec spec = new HttpExecutorSpec(url, Map.of("X-Token", "secret"), timeout);
        return new HttpExecutor(spec, HttpClient.newHttpClient()).execute(RunContext.of(run));
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
