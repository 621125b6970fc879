package io.kairos.worker.api;

import io.kairos.model.id.WorkerId;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.DrainWorker;
import io.kairos.model.worker.WorkerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/workers}: {@code GET} lists the executors on {@code kairos.workers} (live, draining
 * or gone when silent for {@link #GONE_AFTER}); {@code POST /workers/{id}/drain} (admin) orders one
 * to drain.
 */
final class WorkersResource implements ApiResource {

    static final Duration GONE_AFTER = Duration.ofSeconds(15);

    private final ControlPlane control;

    WorkersResource(ControlPlane control) {
        this.control = control;
    }

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public ApiResponse answer(ApiRequest request) {
        if (request.isGet() && request.segments().size() == 1) {
            Instant now = control.clock().instant();
            return ApiResponse.ok(control.workers().stream().map(status -> view(status, now)).toList());
        }
        if (request.isPost() && request.segments().size() == 3 && "drain".equals(request.segment(2))) {
            request.caller().requireAdmin("workerId", "draining a worker");
            WorkerId worker = worker(request.segment(1));
            control.worker(worker).orElseThrow(() -> ApiException.notFound("workerId", "no worker " + worker));
            control.write(Topics.WORKER_CONTROL, worker, new DrainWorker(worker, control.clock().instant()));
            return ApiResponse.accepted(Map.of("workerId", worker.value(), "outcome", "drain requested"));
        }
        throw ApiException.methodNotAllowed(request.method(), "GET /workers or POST /workers/{id}/drain");
    }

    private static WorkerId worker(String raw) {
        try {
            return WorkerId.of(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("workerId", e.getMessage());
        }
    }

    private static Map<String, Object> view(WorkerStatus status, Instant now) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("workerId", status.workerId().value());
        view.put("state", status.lastSeen().plus(GONE_AFTER).isBefore(now) ? "gone"
                : status.draining() ? "draining" : "live");
        view.put("host", status.host());
        view.put("queues", status.queues());
        view.put("slots", status.slots());
        view.put("busy", status.busy());
        view.put("version", status.version());
        view.put("startedAt", status.startedAt());
        view.put("lastSeen", status.lastSeen());
        return view;
    }

}
