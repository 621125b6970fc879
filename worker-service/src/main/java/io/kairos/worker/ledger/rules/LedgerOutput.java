package io.kairos.worker.ledger.rules;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.worker.WorkerOrder;

/** What the ledger writes besides its own state: admitted attempts, orders to workers, failed runs. */
public interface LedgerOutput {

    /** The attempt goes to the lane of {@code queue} for its priority. */
    void dispatch(String queue, DispatchedRun run);

    void order(WorkerOrder order);

    /** A run that FAILED with no attempts left. */
    void deadLetter(RunEntry failed);
}
