package io.kairos.worker.ledger.store;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.RunId;
import io.kairos.worker.ledger.rules.RunBook;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.rules.TimerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The {@link RunBook} of one ledger task, over its three state stores, with its recently used runs
 * kept decoded and the index keys its rules read on every input held in memory ({@link LiveIndexKeys}).
 * A run often moves more than once in one input (a request stored and dispatched at once, a run
 * cancelled and another admitted): the book answers from its own moves at once, and writes each run,
 * its index keys and the counters they move to the stores once, when the input's work is done
 * ({@link #flush()}), so the steps in between cost no serialization, no index key put and deleted
 * again, and no changelog record.
 */
public final class KafkaRunBook implements RunBook {

    private final KeyValueStore<String, RunEntry> runs;
    private final KeyValueStore<String, String> index;
    private final KeyValueStore<String, Long> counters;
    private final RecentRuns recent = new RecentRuns(RecentRuns.DEFAULT_CAPACITY);
    private final LiveIndexKeys live;
    /** The runs moved since the last {@link #flush()}, in order: what the stores hold of each, and its latest entry. */
    private final Map<String, Unwritten> unwritten = new LinkedHashMap<>();
    /** The status counters' changes since the last {@link #flush()}, summed. */
    private final Map<String, Long> counted = new HashMap<>();

    /** Reads the live index keys from {@code index}: call it once the task's stores are restored. */
    public KafkaRunBook(KeyValueStore<String, RunEntry> runs, KeyValueStore<String, String> index,
                        KeyValueStore<String, Long> counters) {
        this.runs = runs;
        this.index = index;
        this.counters = counters;
        this.live = LiveIndexKeys.readFrom(index);
    }

    /** How many index keys of waiting and running runs are held in memory. */
    public int liveKeyCount() {
        return live.size();
    }

    @Override
    public Optional<RunEntry> find(RunId runId) {
        return Optional.ofNullable(entry(runId.value()));
    }

    private RunEntry entry(String runId) {
        Unwritten moved = unwritten.get(runId);
        if (moved != null) {
            return moved.latest();
        }
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
        recent.put(runId, entry);
        moved(runId, before, entry);
    }

    @Override
    public void delete(RunEntry entry) {
        String runId = entry.runId().value();
        RunEntry before = entry(runId);
        recent.remove(runId);
        moved(runId, before, null);
    }

    /**
     * Keeps the move for {@link #flush()}, with the index keys of both ends, worked out once; what the
     * rules read on the next step (live keys, counters) follows it now.
     */
    private void moved(String runId, RunEntry before, RunEntry after) {
        Unwritten earlier = unwritten.get(runId);
        Set<String> beforeKeys = earlier == null ? IndexKeys.of(before) : earlier.latestKeys();
        Set<String> afterKeys = IndexKeys.of(after);
        unwritten.put(runId, earlier == null ? new Unwritten(before, beforeKeys, after, afterKeys)
                : new Unwritten(earlier.stored(), earlier.storedKeys(), after, afterKeys));
        live.update(without(beforeKeys, afterKeys), without(afterKeys, beforeKeys));
        StatusCounters.deltas(before, after).forEach((counter, delta) -> counted.merge(counter, delta, Long::sum));
    }

    /**
     * Writes every run moved since the last flush, its index keys and the counters it moved, to the
     * stores: each run once, as it is now, and each counter once. Call it when an input's or a sweep's
     * work is done, and before reading the stores other than through this book.
     */
    public void flush() {
        unwritten.forEach(this::write);
        unwritten.clear();
        counted.forEach((counter, delta) -> {
            if (delta != 0L) {
                add(counter, delta);
            }
        });
        counted.clear();
    }

    private void write(String runId, Unwritten moved) {
        if (moved.latest() != null) {
            runs.put(runId, moved.latest());
        } else if (moved.stored() != null) {
            runs.delete(runId);
        }
        without(moved.storedKeys(), moved.latestKeys()).forEach(index::delete);
        without(moved.latestKeys(), moved.storedKeys()).forEach(key -> index.put(key, runId));
    }

    /** Adds {@code delta} to a counter no run move accounts for; it is written with the next {@link #flush()}. */
    void count(String counter, long delta) {
        counted.merge(counter, delta, Long::sum);
    }

    /** The keys of {@code keys} that {@code other} lacks. */
    private static Set<String> without(Set<String> keys, Set<String> other) {
        Set<String> rest = new HashSet<>(keys);
        rest.removeAll(other);
        return rest;
    }

    /**
     * A run moved since the last flush: as the stores hold it ({@code stored}, null when absent) and
     * as it is now ({@code latest}, null when deleted), each with its index keys.
     */
    private record Unwritten(RunEntry stored, Set<String> storedKeys, RunEntry latest, Set<String> latestKeys) {
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
        flush();
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
