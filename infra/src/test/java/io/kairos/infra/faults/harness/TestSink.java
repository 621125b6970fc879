package io.kairos.infra.faults.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kairos.infra.faults.history.SinkCall;
import io.kairos.model.id.RunId;
import io.kairos.model.serde.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The service the {@code http} executor calls: it logs every call (run id, attempt, when), holds the
 * call open for the {@code holdMs} of its URL so a run lasts that long, then answers 200.
 */
public final class TestSink implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<SinkCall> calls = new CopyOnWriteArrayList<>();
    private final Clock clock;

    private TestSink(HttpServer server, Clock clock) {
        this.server = server;
        this.clock = clock;
    }

    public static TestSink start(Clock clock) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        TestSink sink = new TestSink(server, clock);
        server.createContext("/run", sink::handle);
        server.setExecutor(sink.threads);
        server.start();
        return sink;
    }

    /** The URL of a run that lasts {@code hold}. */
    public URI url(Duration hold) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/run?holdMs=" + hold.toMillis());
    }

    public List<SinkCall> calls() {
        return List.copyOf(calls);
    }

    public List<SinkCall> callsOf(RunId runId) {
        return calls.stream().filter(call -> call.runId().equals(runId)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            JsonNode context = Json.mapper().readTree(body);
            calls.add(new SinkCall(RunId.of(context.path("runId").asText()), context.path("attempt").asInt(),
                    clock.instant()));
            Thread.sleep(holdMillis(exchange.getRequestURI()));
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long holdMillis(URI uri) {
        String query = uri.getQuery();
        return query != null && query.startsWith("holdMs=") ? Long.parseLong(query.substring("holdMs=".length())) : 0;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
