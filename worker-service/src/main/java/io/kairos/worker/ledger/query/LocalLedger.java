package io.kairos.worker.ledger.query;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.RunId;
import io.kairos.worker.ledger.rules.RunEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The answers of this instance: its partitions' readers, summed or merged. */
public final class LocalLedger {

    private final Supplier<List<LedgerReader>> partitions;

    public LocalLedger(Supplier<List<LedgerReader>> partitions) {
        this.partitions = partitions;
    }

    public StatusTotals status(LocalDate today) {
        StatusTotals total = StatusTotals.NONE;
        for (LedgerReader partition : partitions.get()) {
            total = total.plus(partition.status(today));
        }
        return total;
    }

    public List<RunEntry> runs(RunFilter filter) {
        List<RunEntry> all = new ArrayList<>();
        partitions.get().forEach(partition -> all.addAll(partition.runs(filter)));
        all.sort(LedgerReader.NEWEST_FIRST);
        return all.size() > filter.limit() ? List.copyOf(all.subList(0, filter.limit())) : all;
    }

    public List<BackfillStatus> backfills() {
        List<BackfillStatus> all = new ArrayList<>();
        partitions.get().forEach(partition -> all.addAll(partition.backfills()));
        return all;
    }

    public Optional<BackfillStatus> backfill(BackfillId id) {
        return partitions.get().stream().map(partition -> partition.backfill(id)).flatMap(Optional::stream).findFirst();
    }

    public Optional<RunEntry> run(RunId runId) {
        return partitions.get().stream().map(partition -> partition.run(runId)).flatMap(Optional::stream).findFirst();
    }
}
