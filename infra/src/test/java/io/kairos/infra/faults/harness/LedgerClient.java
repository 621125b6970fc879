package io.kairos.infra.faults.harness;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunState;
import io.kairos.model.serde.Json;
import io.kairos.worker.api.RunView;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ledger's read API as a scenario uses it while faults happen: answers are empty while the ledger is away. */
public final class LedgerClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final URI base;

    public LedgerClient(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** Runs held, by state, and how many have not ended; empty while the ledger cannot answer. */
    public Optional<JsonNode> status() {
        return get("/api/v1/status");
    }

    /** Whether the ledger holds exactly {@code expected} runs and every one of them has ended. */
    public boolean hasSettled(long expected) {
        return status().map(status -> {
            long held = 0;
            long open = 0;
            for (RunState state : RunState.values()) {
                long count = status.path("runsByState").path(state.name()).asLong();
                held += count;
                open += state.isTerminal() ? 0 : count;
            }
            return held == expected && open == 0;
        }).orElse(false);
    }

    public Optional<RunView> run(RunId runId) {
        return get("/api/v1/runs/" + URLEncoder.encode(runId.value(), StandardCharsets.UTF_8))
                .map(node -> Json.mapper().convertValue(node, RunView.class));
    }

    public List<RunView> runs(RunState state) {
        List<RunView> views = new ArrayList<>();
        get("/api/v1/runs?limit=1000&state=" + state.name())
                .ifPresent(array -> array.forEach(node -> views.add(Json.mapper().convertValue(node, RunView.class))));
        return views;
    }

    private Optional<JsonNode> get(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? Optional.of(Json.mapper().readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
