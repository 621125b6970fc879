package io.kairos.worker.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpServer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.worker.ledger.query.LocalLedger;
import io.kairos.worker.ledger.query.RunFilter;
import io.kairos.worker.ledger.query.StatusTotals;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The ledger's reads: status, runs and one run, answered from any instance. With {@code scope=local}
 * an instance answers for its own partitions only; that is how instances ask each other, passing the
 * caller's token on, so a tenant sees its own runs only wherever they are held.
 */
public final class LedgerApi {

    public static final String STATUS_PATH = "/api/v1/status";
    public static final String RUNS_PATH = "/api/v1/runs";
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

    /** Serves the read API alone on {@code server}, open to loopback clients (tests, embedding). */
    public void register(HttpServer server) {
        Authenticator open = new Authenticator(ApiTokens.from(ApiConfig.DEFAULTS), false);
        server.createContext(ApiRouter.PREFIX, new ApiRouter(open, List.of(new StatusResource(this),
                new RunsResource(this, null)), new SimpleMeterRegistry()));
    }

    LocalLedger local() {
        return local;
    }

    PeerDirectory peers() {
        return peers;
    }

    PeerClient client() {
        return client;
    }

    Object status(ApiRequest request) {
        request.caller().requireAdmin("", "the status covers every tenant; it");
        if (request.query().isLocalScope()) {
            return local.status(today());
        }
        StatusTotals total = local.status(today());
        for (HostInfo peer : peers.others()) {
            total = total.plus(client.get(peer, STATUS_PATH + "?scope=local", new TypeReference<StatusTotals>() {
            }, request.authorization()).orElse(StatusTotals.NONE));
        }
        return StatusView.of(total);
    }

    List<RunView> runs(ApiRequest request) {
        Caller caller = request.caller();
        RunFilter filter = request.query().runFilter(caller.tenant());
        if (filter.pipeline() != null) {
            caller.requireAccess(filter.pipeline(), "pipeline");
        }
        boolean localOnly = request.query().isLocalScope();
        List<HostInfo> others = localOnly ? List.of()
                : filter.pipeline() != null ? peers.ownerOf(filter.pipeline()).map(List::of).orElse(List.of())
                : peers.others();
        List<RunView> views = new ArrayList<>();
        if (localOnly || filter.pipeline() == null || others.isEmpty()) {
            local.runs(filter).forEach(entry -> views.add(RunView.of(entry, false)));
        }
        for (HostInfo peer : others) {
            views.addAll(client.get(peer, RUNS_PATH + "?" + localQuery(filter), new TypeReference<List<RunView>>() {
            }, request.authorization()).orElse(List.of()));
        }
        views.sort(NEWEST_FIRST);
        int offset = localOnly ? 0 : request.query().page(RunFilter.DEFAULT_LIMIT, RunFilter.MAX_LIMIT).offset();
        List<RunView> upTo = views.size() > filter.limit() ? views.subList(0, filter.limit()) : views;
        return upTo.subList(Math.min(offset, upTo.size()), upTo.size());
    }

    private static String localQuery(RunFilter filter) {
        StringBuilder query = new StringBuilder("scope=local&limit=").append(filter.limit());
        if (filter.pipeline() != null) {
            query.append("&pipeline=").append(URLEncoder.encode(filter.pipeline().value(), StandardCharsets.UTF_8));
        }
        if (filter.state() != null) {
            query.append("&state=").append(filter.state().name());
        }
        return query.toString();
    }

    /** One run with its timeline; 403 when it belongs to another tenant, 404 when no instance holds it. */
    RunView run(ApiRequest request, RunId runId) {
        runId.namedPipeline().ifPresent(pipeline -> request.caller().requireAccess(pipeline, "runId"));
        RunView found = find(runId, request.query().isLocalScope(), request.authorization())
                .orElseThrow(() -> ApiException.notFound("runId", "no run " + runId + " is held"));
        request.caller().requireAccess(PipelineId.parse(found.pipelineId()), "runId");
        return found;
    }

    /** The run, wherever it is held, without an access check. */
    Optional<RunView> find(RunId runId, boolean localOnly, String authorization) {
        Optional<RunView> found = local.run(runId).map(entry -> RunView.of(entry, true));
        if (found.isEmpty() && !localOnly) {
            String path = RUNS_PATH + "/" + URLEncoder.encode(runId.value(), StandardCharsets.UTF_8) + "?scope=local";
            for (HostInfo peer : peers.others()) {
                found = client.get(peer, path, new TypeReference<RunView>() {
                }, authorization);
                if (found.isPresent()) {
                    break;
                }
            }
        }
        return found;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
