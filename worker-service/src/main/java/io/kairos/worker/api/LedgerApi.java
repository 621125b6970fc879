package io.kairos.worker.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.kairos.model.id.RunId;
import io.kairos.model.serde.Json;
import io.kairos.worker.ledger.query.LocalLedger;
import io.kairos.worker.ledger.query.RunFilter;
import io.kairos.worker.ledger.query.StatusTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's read API: {@code /api/v1/status}, {@code /api/v1/runs?pipeline=&state=&limit=} and
 * {@code /api/v1/runs/{runId}}, answered from any instance. With {@code scope=local} an instance
 * answers for its own partitions only; that is how instances ask each other.
 */
public final class LedgerApi implements HttpHandler {

    public static final String STATUS_PATH = "/api/v1/status";
    public static final String RUNS_PATH = "/api/v1/runs";
    private static final Logger log = LoggerFactory.getLogger(LedgerApi.class);
    private static final Comparator<RunView> NEWEST_FIRST = Comparator.comparing(RunView::scheduledFor).reversed()
            .thenComparing(RunView::runId);

    private final LocalLedger local;
    private final PeerDirectory peers;
    private final PeerClient client;
    private final Clock clock;

    public LedgerApi(LocalLedger local, PeerDirectory peers, PeerClient client, Clock clock) {
        this.local = local;
        this.peers = peers;
        this.client = client;
        this.clock = clock;
    }

    /** Serves this API's paths on {@code server}. */
    public void register(HttpServer server) {
        server.createContext(STATUS_PATH, this);
        server.createContext(RUNS_PATH, this);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                write(exchange, 200, route(exchange));
            } catch (ApiException e) {
                write(exchange, e.status(), Map.of("error", e.getMessage(), "details", e.details()));
            } catch (InvalidStateStoreException e) {
                write(exchange, 503, Map.of("error", "ledger not available",
                        "details", List.of(new ApiProblem("", "stores are not ready: " + e.getMessage()))));
            } catch (RuntimeException e) {
                log.error("Query {} failed; answering 500 and serving the next request", exchange.getRequestURI(), e);
                write(exchange, 500, Map.of("error", "internal error",
                        "details", List.of(new ApiProblem("", String.valueOf(e.getMessage())))));
            }
        }
    }

    private Object route(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw new ApiException(405, "method not allowed",
                    List.of(new ApiProblem("method", "only GET is served, was " + exchange.getRequestMethod())));
        }
        String path = exchange.getRequestURI().getRawPath();
        QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        if (path.equals(STATUS_PATH)) {
            return query.isLocalScope() ? local.status(today()) : StatusView.of(status());
        } else if (path.equals(RUNS_PATH) || path.equals(RUNS_PATH + "/")) {
            return runs(query.runFilter(), query.isLocalScope());
        } else if (path.startsWith(RUNS_PATH + "/")) {
            return run(runId(path), query.isLocalScope());
        }
        throw ApiException.notFound("path", "no resource " + path);
    }

    private StatusTotals status() {
        StatusTotals total = local.status(today());
        for (HostInfo peer : peers.others()) {
            total = total.plus(client.get(peer, STATUS_PATH + "?scope=local", new TypeReference<StatusTotals>() {
            }).orElse(StatusTotals.NONE));
        }
        return total;
    }

    private List<RunView> runs(RunFilter filter, boolean localOnly) {
        List<HostInfo> others = localOnly ? List.of()
                : filter.pipeline() != null ? peers.ownerOf(filter.pipeline()).map(List::of).orElse(List.of())
                : peers.others();
        List<RunView> views = new ArrayList<>();
        boolean ownedHere = localOnly || filter.pipeline() == null || others.isEmpty();
        if (ownedHere) {
            local.runs(filter).forEach(entry -> views.add(RunView.of(entry, false)));
        }
        for (HostInfo peer : others) {
            views.addAll(client.get(peer, RUNS_PATH + "?" + localQuery(filter), new TypeReference<List<RunView>>() {
            }).orElse(List.of()));
        }
        views.sort(NEWEST_FIRST);
        return views.size() > filter.limit() ? views.subList(0, filter.limit()) : views;
    }

    private static String localQuery(RunFilter filter) {
        StringBuilder query = new StringBuilder("scope=local&limit=").append(filter.limit());
        if (filter.pipeline() != null) {
            query.append("&pipeline=").append(URLEncoder.encode(filter.pipeline().value(),
                    StandardCharsets.UTF_8));
        }
        if (filter.state() != null) {
            query.append("&state=").append(filter.state().name());
        }
        return query.toString();
    }

    private RunView run(RunId runId, boolean localOnly) {
        Optional<RunView> found = local.run(runId).map(entry -> RunView.of(entry, true));
        if (found.isEmpty() && !localOnly) {
            String path = RUNS_PATH + "/" + URLEncoder.encode(runId.value(),
                    StandardCharsets.UTF_8) + "?scope=local";
            for (HostInfo peer : peers.others()) {
                found = client.get(peer, path, new TypeReference<RunView>() {
                });
                if (found.isPresent()) {
                    break;
                }
            }
        }
        return found.orElseThrow(() -> ApiException.notFound("runId", "no run " + runId + " is held"));
    }

    private static RunId runId(String path) {
        String raw = QueryParameters.decode(path.substring(RUNS_PATH.length() + 1));
        try {
            return RunId.of(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(List.of(new ApiProblem("runId", e.getMessage())));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static void write(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] json = Json.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
