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
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The {@link RunBook} of one ledger task, over its three state stores, with its recently used runs
 * kept decoded and the index keys its rules read on every input held in memory ({@link LiveIndexKeys}).
 */
public final class KafkaRunBook implements RunBook {

    private final KeyValueStore<String, RunEntry> runs;
    private final KeyValueStore<String, String> index;
    private final KeyValueStore<String, Long> counters;
    private final RecentRuns recent = new RecentRuns(RecentRuns.DEFAULT_CAPACITY);
    private final LiveIndexKeys live;

    /** Reads the live index keys from {@code index}: call it once the task's stores are restored. */
    public KafkaRunBook(KeyValueStore<String, RunEntry> runs, KeyValueStore<String, String> index,
                        KeyValueStore<String, Long> counters) {
        this.runs = runs;
        this.index = index;
        this.counters = counters;
        this.live = LiveIndexKeys.readFrom(index);
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
        live.update(gone, now);
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
        return live.count(IndexKeys.activePrefix(pipeline), atMost);
    }

    /** Deadlines held in memory are read there (runs not yet ended), the others from the index (retention). */
    @Override
    public List<RunId> due(TimerKind kind, Instant now, int limit) {
        String prefix = IndexKeys.timerPrefix(kind);
        if (LiveIndexKeys.covers(prefix)) {
            return live.runIdsUpTo(prefix, IndexKeys.timerUpTo(kind, now), limit).stream().map(RunId::of).toList();
        }
        List<RunId> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.range(prefix, IndexKeys.timerUpTo(kind, now))) {
            while (it.hasNext() && due.size() < limit) {
                due.add(RunId.of(it.next().value));
            }
        }
        return due;
    }

    private List<RunEntry> entries(String prefix, int limit) {
        List<RunEntry> entries = new ArrayList<>();
        for (String runId : live.runIds(prefix, limit)) {
            RunEntry entry = entry(runId);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
