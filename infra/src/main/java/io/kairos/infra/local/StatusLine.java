package io.kairos.infra.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.serde.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line about the runs, from the ledger's own status endpoint: what waits, what runs, and
 * what ended today.
 */
final class StatusLine implements Runnable {

    private static final Logger log = LoggerFactory.getLogger("kairos.status");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI status;

    StatusLine(String host, int port) {
        this.status = URI.create("http://" + host + ":" + port + "/api/v1/status");
    }

    @Override
    public void run() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(status).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.info("status: the ledger is not answering yet ({})", response.statusCode());
                return;
            }
            log.info(line(Json.mapper().readTree(response.body())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("status: no answer from {} ({}); will try again", status, e.getMessage());
        }
    }

    static String line(JsonNode status) {
        JsonNode ended = status.path("endedToday");
        return String.format("status: pipelines active=%d | scheduled=%d queued=%d processing=%d | today completed=%d "
                        + "failed=%d skipped=%d cancelled=%d | avg run %.2fs",
                status.path("pipelinesActive").asInt(), status.path("runsScheduled").asInt(),
                status.path("runsQueued").asInt(), status.path("runsProcessing").asInt(),
                status.path("completedToday").asInt(), status.path("failedToday").asInt(),
                ended.path("SKIPPED").asInt(), ended.path("CANCELLED").asInt(),
                status.path("avgExecutionSeconds").asDouble());
    }
}
