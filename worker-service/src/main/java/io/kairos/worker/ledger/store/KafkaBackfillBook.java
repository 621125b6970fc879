package io.kairos.worker.ledger.store;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.RunId;
import io.kairos.worker.ledger.rules.BackfillBook;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.rules.RunEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The {@link BackfillBook} of one ledger task: the backfills store, and the runs' backfill index keys,
 * read once the task's {@link KafkaRunBook} has written its moves; runs are read and counted through it.
 */
public final class KafkaBackfillBook implements BackfillBook {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, BackfillEntry> backfills;
    private final KeyValueStore<String, String> index;
    private final KafkaRunBook runBook;

    /** {@code runBook} is the task's book of runs, over the same {@code index}. */
    public KafkaBackfillBook(KeyValueStore<String, BackfillEntry> backfills, KeyValueStore<String, String> index,
                             KafkaRunBook runBook) {
        this.backfills = backfills;
        this.index = index;
        this.runBook = runBook;
    }

    @Override
    public Optional<BackfillEntry> find(BackfillId id) {
        return Optional.ofNullable(backfills.get(id.value()));
    }

    @Override
    public void save(BackfillEntry entry) {
        backfills.put(entry.definition().backfillId().value(), entry);
    }

    @Override
    public List<RunEntry> held(BackfillId id, int limit) {
        runBook.flush();
        List<RunEntry> held = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.prefixScan(IndexKeys.backfillHeldPrefix(id), KEYS)) {
            while (it.hasNext() && held.size() < limit) {
                runBook.find(RunId.of(it.next().value)).ifPresent(held::add);
            }
        }
        return held;
    }

    @Override
    public int inFlight(BackfillId id) {
        runBook.flush();
        int count = 0;
        try (KeyValueIterator<String, String> it = index.prefixScan(IndexKeys.backfillInFlightPrefix(id), KEYS)) {
            while (it.hasNext()) {
                it.next();
                count++;
            }
        }
        return count;
    }

    @Override
    public void countKept(BackfillId id) {
        runBook.count(StatusCounters.backfillRuns(id, StatusCounters.KEPT), 1L);
    }
}
