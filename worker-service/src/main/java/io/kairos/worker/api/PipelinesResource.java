package io.kairos.worker.api;

import io.kairos.model.catalog.ApplyOutcome;
import io.kairos.model.catalog.ApplyPlan;
import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.spec.SpecWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/pipelines}: {@code GET} lists ({@code tenant, limit, offset}), {@code POST} applies
 * one or more specs ({@code ?dryRun=true} to only see the outcome), and per pipeline
 * {@code GET|PUT|DELETE /pipelines/{tenant}/{name}}, {@code POST .../pause|resume},
 * {@code GET .../preview?n=&from=}. A tenant token sees and changes its own tenant's pipelines only.
 */
final class PipelinesResource implements ApiResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final ControlPlane control;

    PipelinesResource(ControlPlane control) {
        this.control = control;
    }

    @Override
    public String name() {
        return "pipelines";
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        int size = request.segments().size();
        if (size == 1) {
            return collection(request);
        }
        PipelineId id = id(request);
        request.caller().requireAccess(id, "pipelineId");
        if (size == 3) {
            return one(request, id);
        }
        String action = request.segment(3);
        if (size == 4 && request.isPost() && ("pause".equals(action) || "resume".equals(action))) {
            return ApiResponse.ok(PipelineWrites.pause(control, id, "pause".equals(action)));
        }
        if (size == 4 && request.isGet() && "preview".equals(action)) {
            return ApiResponse.ok(PipelinePreview.of(control.pipeline(id, "pipelineId"), request.query(), control.clock()));
        }
        throw ApiException.notFound("path", "no resource " + String.join("/", request.segments()));
    }

    private ApiResponse collection(ApiRequest request) {
        if (request.isGet()) {
            QueryParameters.Page page = request.query().page(DEFAULT_LIMIT, MAX_LIMIT);
            String tenant = request.caller().isAdmin() ? request.query().get("tenant") : request.caller().tenant();
            List<Object> all = control.pipelines().stream().filter(p -> tenant == null || p.id().tenant().equals(tenant))
                    .map(p -> (Object) SpecWriter.toTree(p)).toList();
            List<Object> shown = page.of(all);
            return ApiResponse.page(shown, page.offset(), page.offset() + shown.size() < all.size());
        }
        if (request.isPost()) {
            List<PipelineSpec> specs = SpecBodies.read(request.body());
            for (int i = 0; i < specs.size(); i++) {
                request.caller().requireAccess(specs.get(i).id(), specs.size() == 1 ? "id" : "[" + i + "].id");
            }
            boolean dryRun = "true".equals(request.query().get("dryRun"));
            return ApiResponse.ok(PipelineWrites.apply(control, specs, dryRun));
        }
        throw ApiException.methodNotAllowed(request.method(), "GET or POST");
    }

    private ApiResponse one(ApiRequest request, PipelineId id) {
        switch (request.method()) {
            case "GET":
                return ApiResponse.ok(SpecWriter.toTree(control.pipeline(id, "pipelineId")));
            case "PUT":
                List<PipelineSpec> specs = SpecBodies.read(request.body());
                if (specs.size() != 1 || !specs.get(0).id().equals(id)) {
                    throw ApiException.badRequest("id", "the body must be one spec whose id is " + id);
                }
                ApplyPlan.Change change = ApplyPlan.of(control.pipelineMap(), specs).changes().get(0);
                Map<String, Object> applied = PipelineWrites.apply(control, specs, false);
                return change.outcome() == ApplyOutcome.CREATED
                        ? ApiResponse.created(applied) : ApiResponse.ok(applied);
            case "DELETE":
                control.pipeline(id, "pipelineId");
                control.publish(id, null);
                return ApiResponse.ok(Map.of("pipelineId", id.value(), "outcome", "deleted"));
            default:
                throw ApiException.methodNotAllowed(request.method(), "GET, PUT or DELETE");
        }
    }

    private static PipelineId id(ApiRequest request) {
        if (request.segments().size() < 3) {
            throw ApiException.notFound("path", "a pipeline is /api/v1/pipelines/<tenant>/<name>");
        }
        try {
            return PipelineId.of(request.segment(1), request.segment(2));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("pipelineId", e.getMessage());
        }
    }
}
