package io.kairos.worker.ledger.rules;

import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.RunCommand;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * The run ledger's rules, free of Kafka: requests, workers' reports, operators' commands and the
 * ledger's own deadlines, each applied to a {@link RunBook} with its effects on a {@link LedgerOutput}.
 * Time comes in with every call; randomness (retry jitter) is injected.
 */
public final class Ledger {

    private final RequestIntake requests;
    private final WorkerReports reports;
    private final OperatorCommands commands;
    private final TimerSweep timers;
    private final BackfillRules backfills;
    private final PartitionFlow flow;

    /** @param beaconInterval how often the ledger writes a {@link io.kairos.model.run.LedgerBeacon} to its partition */
    public Ledger(RunBook book, BackfillBook backfillBook, LedgerOutput output, LedgerListener listener,
                  LedgerSettings settings, DoubleSupplier unitRandom, Duration beaconInterval) {
        this.flow = new PartitionFlow(beaconInterval);
        RunMoves moves = new RunMoves(book, output, listener, settings);
        PipelineAdmission admission = new PipelineAdmission(moves);
        this.backfills = new BackfillRules(moves, admission, backfillBook);
        moves.onBackfillRunEnded(backfills::touch);
        this.requests = new RequestIntake(moves, admission, backfills);
        this.reports = new WorkerReports(moves, admission, new RetryDecision(moves, unitRandom));
        this.commands = new OperatorCommands(moves, admission);
        this.timers = new TimerSweep(moves, admission, flow);
    }

    public void onRequest(RunRequest request, Instant now) {
        requests.on(request, now);
        backfills.settle(now);
    }

    /** @param appendedAt when the broker appended the event ({@code LogAppendTime} of {@code kairos.run-events}) */
    public void onEvent(RunEvent event, Instant appendedAt, Instant now) {
        flow.read(appendedAt);
        reports.on(event, appendedAt, now);
        backfills.settle(now);
    }

    /** The ledger's own beacon came back through its partition of {@code kairos.run-events}, appended at {@code appendedAt}. */
    public void onBeacon(Instant appendedAt) {
        flow.read(appendedAt);
    }

    public void onCommand(RunCommand command, Instant now) {
        commands.on(command, now);
        backfills.settle(now);
    }

    public void onBackfillCommand(BackfillCommand command, Instant now) {
        backfills.on(command, now);
        backfills.settle(now);
    }

    /** Handles every deadline at or before {@code now}; see {@link TimerSweep#sweep}. */
    public void sweep(Instant now, Instant activeSince) {
        timers.sweep(now, activeSince);
        backfills.settle(now);
    }
}
