package io.kairos.worker.ledger.rules;

import static io.kairos.model.run.RunState.PROCESSING;

import io.kairos.model.command.CancelRun;
import io.kairos.model.command.RetryRun;
import io.kairos.model.command.RunCommand;
import io.kairos.model.run.RunTransition.Cancel;
import io.kairos.model.run.RunTransition.Retry;
import io.kairos.model.worker.CancelExecution;
import java.time.Instant;
import java.util.Optional;

/**
 * Operators' commands. Cancel ends a waiting or dispatched run at once; a running one gets a cancel
 * order and ends on its worker's answer or when the grace period runs out. Retry runs a finished
 * run again as a new attempt. A command that applies to nothing held is counted and dropped.
 */
final class OperatorCommands {

    static final String NOT_HELD = "command-unknown-run";
    static final String NOT_APPLICABLE = "command-not-applicable";

    private final RunMoves moves;
    private final PipelineAdmission admission;

    OperatorCommands(RunMoves moves, PipelineAdmission admission) {
        this.moves = moves;
        this.admission = admission;
    }

    void on(RunCommand command, Instant now) {
        Optional<RunEntry> held = moves.book().find(command.runId())
                .filter(entry -> entry.pipelineId().equals(command.pipelineId()));
        if (held.isEmpty()) {
            moves.listener().ignored(NOT_HELD);
        } else if (command instanceof CancelRun cancel) {
            cancel(held.get(), cancel, now);
        } else if (command instanceof RetryRun) {
            retry(held.get(), now);
        }
    }

    private void cancel(RunEntry entry, CancelRun command, Instant now) {
        String reason = "cancelled by " + command.requestedBy();
        if (entry.isTerminal() || entry.stop() != null) {
            moves.listener().ignored(NOT_APPLICABLE);
        } else if (entry.state() == PROCESSING) {
            requestStop(entry, reason, now);
        } else {
            moves.move(entry, new Cancel(reason), now);
            admission.admitWaiting(entry.pipelineId(), now);
        }
    }

    private void requestStop(RunEntry entry, String reason, Instant now) {
        StopRequest stop = StopRequest.cancel(reason, now.plus(moves.settings().cancelGrace()));
        moves.order(new CancelExecution(entry.run().workerId(), entry.runId(), entry.pipelineId(), entry.attempt(),
                stop.orderReason(), now));
        moves.save(entry.withStop(stop));
    }

    private void retry(RunEntry entry, Instant now) {
        if (!entry.isTerminal()) {
            moves.listener().ignored(NOT_APPLICABLE);
            return;
        }
        admission.queued(moves.move(entry, new Retry(), now), false, now);
    }
}
