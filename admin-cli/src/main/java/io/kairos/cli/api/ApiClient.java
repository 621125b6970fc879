package io.kairos.cli.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.CommandFailedException;
import io.kairos.model.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Calls the Kairos HTTP API; an error answer or an unreachable API is a {@link CommandFailedException} saying so. */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    public JsonNode get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    /** The answer, or empty when the API answers 404. */
    public java.util.Optional<JsonNode> find(String pathAndQuery) {
        try {
            return java.util.Optional.of(get(pathAndQuery));
        } catch (NotFound e) {
            return java.util.Optional.empty();
        }
    }

    public JsonNode post(String pathAndQuery, Object body) {
        return send(request(pathAndQuery).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(body))));
    }

    /** One path segment or query value, encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(TIMEOUT);
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<byte[]> response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? Json.mapper().nullNode() : Json.mapper().readTree(response.body());
            if (response.statusCode() == 404) {
                throw new NotFound(ApiError.describe(response.statusCode(), body));
            }
            if (response.statusCode() >= 400) {
                throw new CommandFailedException(ApiError.describe(response.statusCode(), body));
            }
            return body;
        } catch (IOException e) {
            throw new CommandFailedException("cannot reach the Kairos API at " + base + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); is a worker with the ledger role "
                    + "running? Point --api at it.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailedException("interrupted while calling " + built.uri(), e);
        }
    }

    /** A 404 answer: what was asked for does not exist (yet). */
    static final class NotFound extends CommandFailedException {
        NotFound(String message) {
            super(message);
        }
    }

    private static byte[] json(Object body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
