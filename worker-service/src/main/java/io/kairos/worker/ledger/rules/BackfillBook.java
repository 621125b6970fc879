package io.kairos.worker.ledger.rules;

import io.kairos.model.backfill.BackfillId;
import java.util.List;
import java.util.Optional;

/** Where the ledger keeps its backfills, and reads their runs through the run indexes. */
public interface BackfillBook {

    Optional<BackfillEntry> find(BackfillId id);

    void save(BackfillEntry entry);

    /** The backfill's runs held back (not yet let start), oldest scheduled time first, at most {@code limit}. */
    List<RunEntry> held(BackfillId id, int limit);

    /** How many of the backfill's runs were let start and have not ended. */
    int inFlight(BackfillId id);

    /** Counts a request of the backfill for a run the ledger already held and kept. */
    void countKept(BackfillId id);
}
