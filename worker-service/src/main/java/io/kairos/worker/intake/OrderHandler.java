package io.kairos.worker.intake;

import io.kairos.model.id.RunId;
import io.kairos.model.worker.CancelExecution;
import io.kairos.model.worker.DrainWorker;
import io.kairos.model.worker.FenceExecution;
import io.kairos.model.worker.WorkerOrder;
import io.kairos.worker.execution.RunningAttempts;
import io.kairos.worker.execution.StopOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Carries out an order addressed to this worker: cancel or fence an attempt, or drain the worker. */
final class OrderHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderHandler.class);

    private final RunningAttempts running;
    private final Runnable drain;

    OrderHandler(RunningAttempts running, Runnable drain) {
        this.running = running;
        this.drain = drain;
    }

    void handle(WorkerOrder order) {
        if (order instanceof CancelExecution cancel) {
            stop(cancel.runId(), cancel.attempt(), StopOrder.cancel(cancel.reason()));
        } else if (order instanceof FenceExecution fence) {
            stop(fence.runId(), fence.attempt(), StopOrder.fence());
        } else if (order instanceof DrainWorker) {
            log.info("Drain ordered: finishing running runs, taking no more");
            drain.run();
        }
    }

    private void stop(RunId runId, int attempt, StopOrder order) {
        boolean stopped = running.find(runId, attempt).map(found -> found.stop(order)).orElse(false);
        if (stopped) {
            log.info("Stopping {} attempt {}: {}", runId, attempt, order.reason());
        } else {
            log.info("Order {} for {} attempt {}: not running here, nothing to stop", order.kind(), runId, attempt);
        }
    }
}
