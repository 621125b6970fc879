package io.kairos.worker.ledger.store;

import io.kairos.model.backfill.BackfillId;
import io.kairos.worker.ledger.rules.BackfillBook;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.rules.RunEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The {@link BackfillBook} of one ledger task: the backfills store, and the backfill index keys and counters of the runs. */
public final class KafkaBackfillBook implements BackfillBook {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, BackfillEntry> backfills;
    private final KeyValueStore<String, RunEntry> runs;
    private final KeyValueStore<String, String> index;
    private final KeyValueStore<String, Long> counters;
    private final KafkaRunBook runBook;

    /** {@code runBook} is the task's book of runs: its unwritten moves are written before the runs' index is read. */
    public KafkaBackfillBook(KeyValueStore<String, BackfillEntry> backfills, KeyValueStore<String, RunEntry> runs,
                             KeyValueStore<String, String> index, KeyValueStore<String, Long> counters,
                             KafkaRunBook runBook) {
        this.runBook = runBook;
        this.backfills = backfills;
        this.runs = runs;
        this.index = index;
        this.counters = counters;
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
                RunEntry entry = runs.get(it.next().value);
                if (entry != null) {
                    held.add(entry);
                }
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
        String key = StatusCounters.backfillRuns(id, StatusCounters.KEPT);
        Long before = counters.get(key);
        counters.put(key, (before == null ? 0L : before) + 1);
    }
}
