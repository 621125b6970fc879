package io.kairos.worker.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kairos.model.backfill.BackfillId;
import io.kairos.model.backfill.BackfillPlan;
import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.CancelBackfill;
import io.kairos.model.command.PauseBackfill;
import io.kairos.model.command.ResumeBackfill;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.Topics;
import io.kairos.worker.ledger.query.LocalLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code /api/v1/backfills}: {@code GET} lists backfills ({@code pipeline}), {@code GET /backfills/{id}}
 * shows one with its progress, {@code POST} starts one ({@code {pipelineId, from, to, reprocess,
 * maxConcurrent, dryRun}}), {@code POST /backfills/{id}/pause|resume|cancel}.
 */
final class BackfillsResource implements ApiResource {

    static final String PATH = "/api/v1/backfills";
    static final int DRY_RUN_TIMES_SHOWN = 100;

    private final ControlPlane control;
    private final LedgerApi ledger;

    BackfillsResource(ControlPlane control, LedgerApi ledger) {
        this.control = control;
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "backfills";
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        int size = request.segments().size();
        if (request.isGet() && size == 1) {
            return ApiResponse.ok(list(request));
        }
        if (request.isPost() && size == 1) {
            return start(request);
        }
        String last = request.segment(size - 1);
        boolean order = size > 2 && List.of("pause", "resume", "cancel").contains(last);
        BackfillId id = id(order ? String.join("/", request.segments().subList(1, size - 1)) : request.rest(1));
        request.caller().requireAccess(id.pipeline(), "backfillId");
        if (request.isGet() && !order) {
            return ApiResponse.ok(find(id, request).orElseThrow(() -> ApiException.notFound("backfillId",
                    "no backfill " + id + " is held")));
        }
        if (request.isPost() && order) {
            control.write(Topics.COMMANDS, id.pipeline(), command(id, last, request));
            return ApiResponse.accepted(Map.of("backfillId", id.value(), "outcome", last + " requested"));
        }
        throw ApiException.methodNotAllowed(request.method(), "GET or POST /backfills[/{id}[/pause|resume|cancel]]");
    }

    private List<BackfillView> list(ApiRequest request) {
        String pipeline = request.query().get("pipeline");
        List<BackfillView> views = new ArrayList<>();
        ledger.local().backfills().forEach(status -> views.add(BackfillView.of(status)));
        if (!request.query().isLocalScope()) {
            for (HostInfo peer : ledger.peers().others()) {
                views.addAll(ledger.client().get(peer, PATH + "?scope=local", new TypeReference<List<BackfillView>>() {
                }, request.authorization()).orElse(List.of()));
            }
        }
        return views.stream().filter(v -> request.caller().isAdmin() || v.pipelineId().startsWith(request.caller().tenant() + "/"))
                .filter(v -> pipeline == null || v.pipelineId().equals(pipeline))
                .sorted(Comparator.comparing(BackfillView::requestedAt).reversed()).toList();
    }

    private Optional<BackfillView> find(BackfillId id, ApiRequest request) {
        LocalLedger local = ledger.local();
        Optional<BackfillView> found = local.backfill(id).map(BackfillView::of);
        if (found.isEmpty() && !request.query().isLocalScope()) {
            for (HostInfo peer : ledger.peers().others()) {
                found = ledger.client().get(peer, PATH + "/" + id.value() + "?scope=local",
                        new TypeReference<BackfillView>() {
                        }, request.authorization());
                if (found.isPresent()) {
                    break;
                }
            }
        }
        return found;
    }

    private ApiResponse start(ApiRequest request) {
        BackfillSubmission submission = BackfillSubmission.read(request.json());
        request.caller().requireAccess(submission.pipeline(), "pipelineId");
        PipelineSpec spec = control.pipeline(submission.pipeline(), "pipelineId");
        BackfillPlan plan;
        try {
            plan = BackfillPlan.of(spec, BackfillId.random(spec.id()), submission.from(), submission.to(),
                    submission.maxConcurrent(), submission.reprocess(), request.caller().name(), control.clock().instant());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("to", e.getMessage());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("backfillId", submission.dryRun() ? null : plan.definition().backfillId().value());
        answer.put("pipelineId", spec.id().value());
        answer.put("runs", plan.requests().size());
        answer.put("dryRun", submission.dryRun());
        if (submission.dryRun()) {
            answer.put("times", plan.times().stream().limit(DRY_RUN_TIMES_SHOWN).map(Instant::toString).toList());
            return ApiResponse.ok(answer);
        }
        control.limiter().admit(request.caller());
        control.write(Topics.COMMANDS, spec.id(), plan.definition());
        List<Map.Entry<io.kairos.model.id.PipelineId, RunRequest>> requests = plan.requests().stream()
                .map(r -> Map.entry(spec.id(), r)).toList();
        control.writeAll(Topics.RUN_REQUESTS, requests);
        return ApiResponse.accepted(answer);
    }

    private BackfillCommand command(BackfillId id, String verb, ApiRequest request) {
        Instant now = control.clock().instant();
        String by = request.caller().name();
        return switch (verb) {
            case "pause" -> new PauseBackfill(id, by, now);
            case "resume" -> new ResumeBackfill(id, by, now);
            default -> new CancelBackfill(id, by, now);
        };
    }

    private static BackfillId id(String raw) {
        try {
            return BackfillId.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("backfillId", e.getMessage());
        }
    }
}
