package io.kairos.worker.ledger.store;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.worker.ledger.rules.RunBook;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.rules.TimerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** The {@link RunBook} of one ledger task, over its three state stores, with its recently used runs kept decoded. */
public final class KafkaRunBook implements RunBook {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, RunEntry> runs;
    private final KeyValueStore<String, String> index;
    private final KeyValueStore<String, Long> counters;
    private final RecentRuns recent = new RecentRuns(RecentRuns.DEFAULT_CAPACITY);

    public KafkaRunBook(KeyValueStore<String, RunEntry> runs, KeyValueStore<String, String> index,
                        KeyValueStore<String, Long> counters) {
        this.runs = runs;
        this.index = index;
        this.counters = counters;
    }

    @Override
    public Optional<RunEntry> find(RunId runId) {
        return Optional.ofNullable(entry(runId.value()));
    }

    private RunEntry entry(String runId) {
        RunEntry entry = recent.get(runId);
        if (entry == null) {
            entry = runs.get(runId);
            if (entry != null) {
                recent.put(runId, entry);
            }
        }
        return entry;
    }

    @Override
    public void save(RunEntry entry) {
        String runId = entry.runId().value();
        RunEntry before = entry(runId);
        runs.put(runId, entry);
        recent.put(runId, entry);
        reindex(before, entry);
    }

    @Override
    public void delete(RunEntry entry) {
        String runId = entry.runId().value();
        RunEntry before = entry(runId);
        runs.delete(runId);
        recent.remove(runId);
        reindex(before, null);
    }

    private void reindex(RunEntry before, RunEntry after) {
        Set<String> old = IndexKeys.of(before);
        Set<String> now = IndexKeys.of(after);
        Set<String> gone = new HashSet<>(old);
        gone.removeAll(now);
        gone.forEach(index::delete);
        now.removeAll(old);
        now.forEach(key -> index.put(key, after.runId().value()));
        StatusCounters.deltas(before, after).forEach(this::add);
    }

    private void add(String counter, long delta) {
        long before = valueOf(counter);
        long after = before + delta;
        if (after == 0L) {
            counters.delete(counter);
        } else {
            counters.put(counter, after);
        }
        if (counter.startsWith("open|") && (before == 0L) != (after == 0L)) {
            add(StatusCounters.PIPELINES_OPEN, after == 0L ? -1L : 1L);
        }
    }

    private long valueOf(String counter) {
        Long value = counters.get(counter);
        return value == null ? 0L : value;
    }

    @Override
    public List<RunEntry> waiting(PipelineId pipeline) {
        return entries(IndexKeys.waitingPrefix(pipeline), Integer.MAX_VALUE);
    }

    @Override
    public Optional<RunEntry> nextWaiting(PipelineId pipeline) {
        return entries(IndexKeys.waitingPrefix(pipeline), 1).stream().findFirst();
    }

    @Override
    public List<RunEntry> active(PipelineId pipeline) {
        return entries(IndexKeys.activePrefix(pipeline), Integer.MAX_VALUE);
    }

    @Override
    public int countActive(PipelineId pipeline, int atMost) {
        int count = 0;
        try (KeyValueIterator<String, String> it = index.prefixScan(IndexKeys.activePrefix(pipeline), KEYS)) {
            while (count < atMost && it.hasNext()) {
                it.next();
                count++;
            }
        }
        return count;
    }

    @Override
    public List<RunId> due(TimerKind kind, Instant now, int limit) {
        List<RunId> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.range(IndexKeys.timerPrefix(kind), IndexKeys.timerUpTo(kind, now))) {
            while (it.hasNext() && due.size() < limit) {
                due.add(RunId.of(it.next().value));
            }
        }
        return due;
    }

    private List<RunEntry> entries(String prefix, int limit) {
        List<RunEntry> entries = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.prefixScan(prefix, KEYS)) {
            while (it.hasNext() && entries.size() < limit) {
                KeyValue<String, String> next = it.next();
                RunEntry entry = entry(next.value);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }
}
