package io.kairos.worker.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.kairos.model.serde.Json;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /api/v1/*}: authenticates the caller, hands the request to the resource named by the
 * first path segment, and writes its JSON answer, or the error as {@code {error, details:[{path, message}]}}.
 */
public final class ApiRouter implements HttpHandler {

    public static final String PREFIX = "/api/v1/";
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final java.util.Set<String> KNOWN_METHODS = java.util.Set.of("GET", "POST", "PUT", "DELETE");
    private static final Logger log = LoggerFactory.getLogger(ApiRouter.class);

    private final Authenticator authenticator;
    private final Map<String, ApiResource> resources = new LinkedHashMap<>();
    private final MeterRegistry registry;

    ApiRouter(Authenticator authenticator, List<ApiResource> resources, MeterRegistry registry) {
        this.authenticator = authenticator;
        resources.forEach(resource -> this.resources.put(resource.name(), resource));
        this.registry = registry;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiResponse response = respond(exchange);
            write(exchange, response);
            count(exchange, response.status());
        }
    }

    private ApiResponse respond(HttpExchange exchange) {
        try {
            return route(exchange);
        } catch (ApiException e) {
            return new ApiResponse(e.status(), Map.of("error", e.getMessage(), "details", e.details()), e.headers());
        } catch (InvalidStateStoreException e) {
            return new ApiResponse(503, Map.of("error", "ledger not available",
                    "details", List.of(new ApiProblem("", "stores are not ready: " + e.getMessage()))), Map.of());
        } catch (RuntimeException e) {
            log.error("Request {} {} failed; answering 500 and serving the next request", exchange.getRequestMethod(),
                    exchange.getRequestURI(), e);
            return new ApiResponse(500, Map.of("error", "internal error",
                    "details", List.of(new ApiProblem("", String.valueOf(e.getMessage())))), Map.of());
        }
    }

    private ApiResponse route(HttpExchange exchange) throws ApiException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Caller caller = authenticator.authenticate(authorization, exchange.getRemoteAddress());
        List<String> segments = segments(exchange.getRequestURI().getRawPath());
        ApiResource resource = segments.isEmpty() ? null : resources.get(segments.get(0));
        if (resource == null) {
            throw ApiException.notFound("path", "no resource " + exchange.getRequestURI().getPath()
                    + "; resources are " + String.join(", ", resources.keySet()));
        }
        ApiRequest request = new ApiRequest(exchange.getRequestMethod(), segments,
                QueryParameters.parse(exchange.getRequestURI().getRawQuery()), body(exchange), caller, authorization);
        return resource.answer(request);
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        String rest = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : "";
        for (String segment : rest.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(QueryParameters.decode(segment.replace("+", "%2B")));
            }
        }
        return segments;
    }

    private static byte[] body(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new ApiException(413, "request too large",
                        List.of(new ApiProblem("(body)", "must be at most " + MAX_BODY_BYTES + " bytes")));
            }
            return body;
        } catch (IOException e) {
            throw ApiException.badRequest("(body)", "could not be read: " + e.getMessage());
        }
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] json = Json.mapper().writeValueAsBytes(response.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    private void count(HttpExchange exchange, int status) {
        List<String> segments = segments(exchange.getRequestURI().getRawPath());
        String resource = segments.isEmpty() || !resources.containsKey(segments.get(0)) ? "unknown" : segments.get(0);
        String method = KNOWN_METHODS.contains(exchange.getRequestMethod()) ? exchange.getRequestMethod() : "OTHER";
        registry.counter("kairos.api.requests", "resource", resource, "method", method,
                "status", Integer.toString(status)).increment();
    }
}
