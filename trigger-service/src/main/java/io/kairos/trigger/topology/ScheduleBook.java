package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.trigger.schedule.PipelineStatus;
import io.kairos.trigger.schedule.ScheduleState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's schedule states with their due-time index and status counts, kept consistent: every
 * state that has a wake-up time has exactly one index entry, keyed by it. A state is kept as two
 * entries, its spec (written when the spec changes) and its {@link SchedulePosition} (written on
 * every fire), so firing never rewrites a spec.
 */
final class ScheduleBook {

    private static final byte[] NOTHING = new byte[0];
    private static final int WRITE_BATCH = 10_000;

    private final KeyValueStore<PipelineId, PipelineSpec> specs;
    private final KeyValueStore<PipelineId, SchedulePosition> positions;
    private final SpecCache specCache;
    private final KeyValueStore<Bytes, byte[]> index;
    private final KeyValueStore<String, Long> countStore;
    private final AtomicLongArray counts;

    ScheduleBook(KeyValueStore<PipelineId, PipelineSpec> specs, KeyValueStore<PipelineId, SchedulePosition> positions,
                 SpecCache specCache, KeyValueStore<Bytes, byte[]> index, KeyValueStore<String, Long> countStore,
                 AtomicLongArray counts) {
        this.specs = specs;
        this.specCache = specCache;
        this.positions = positions;
        this.index = index;
        this.countStore = countStore;
        this.counts = counts;
        loadCounts();
    }

    ScheduleState get(PipelineId id) {
        SchedulePosition position = positions.get(id);
        if (position == null) {
            return null;
        }
        PipelineSpec spec = specCache.get(id, specs::get);
        if (spec == null) {
            throw new IllegalStateException("pipeline " + id + " has a schedule position but no spec");
        }
        return new ScheduleState(spec, position.cursor(), position.nextFire(), position.pausedAt(), position.resumedAt());
    }

    /**
     * Derives the due-time index again from the positions: it is not logged (each fire would log two
     * more records, its old key's deletion and its new key), so it is rebuilt whenever the task
     * starts, after its logged stores are restored. Returns how many pipelines it indexed.
     */
    int rebuildIndex() {
        clearIndex();
        int indexed = 0;
        List<KeyValue<Bytes, byte[]>> batch = new ArrayList<>();
        try (KeyValueIterator<PipelineId, SchedulePosition> all = positions.all()) {
            while (all.hasNext()) {
                KeyValue<PipelineId, SchedulePosition> entry = all.next();
                if (entry.value.wakeUpAt() != null) {
                    batch.add(KeyValue.pair(DueIndexKey.of(entry.value.wakeUpAt(), entry.key), NOTHING));
                    indexed++;
                }
                if (batch.size() == WRITE_BATCH) {
                    index.putAll(batch);
                    batch.clear();
                }
            }
        }
        index.putAll(batch);
        return indexed;
    }

    private void clearIndex() {
        List<Bytes> keys;
        do {
            keys = new ArrayList<>();
            try (KeyValueIterator<Bytes, byte[]> all = index.all()) {
                while (all.hasNext() && keys.size() < WRITE_BATCH) {
                    keys.add(all.next().key);
                }
            }
            keys.forEach(index::delete);
        } while (keys.size() == WRITE_BATCH);
    }

    /** Replaces {@code before} (null: none) with {@code after} (null: delete), index and counts included. */
    void save(PipelineId id, ScheduleState before, ScheduleState after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Optional<Bytes> oldKey = indexKey(id, before);
        Optional<Bytes> newKey = indexKey(id, after);
        if (oldKey.isPresent() && !oldKey.equals(newKey)) {
            index.delete(oldKey.get());
        }
        newKey.ifPresent(key -> index.put(key, NOTHING));
        if (after == null) {
            specCache.remember(id, null);
            specs.delete(id);
            positions.delete(id);
        } else {
            if (before == null || before.spec() != after.spec() && !before.spec().equals(after.spec())) {
                specs.put(id, after.spec());
                specCache.remember(id, after.spec());
            }
            SchedulePosition position = SchedulePosition.of(after);
            if (before == null || !SchedulePosition.of(before).equals(position)) {
                positions.put(id, position);
            }
        }
        recount(before, after);
    }

    /** Up to {@code max} index keys after {@code after} (null: from the start) and due by {@code now}, in due order. */
    List<Bytes> dueKeys(Bytes after, Instant now, int max) {
        List<Bytes> keys = new ArrayList<>();
        Bytes from = after == null ? DueIndexKey.first() : after;
        try (KeyValueIterator<Bytes, byte[]> due = index.range(from, DueIndexKey.firstAfter(now))) {
            while (due.hasNext() && keys.size() < max) {
                KeyValue<Bytes, byte[]> entry = due.next();
                if (!entry.key.equals(after)) {
                    keys.add(entry.key);
                }
            }
        }
        return keys;
    }

    /** Drops an index entry whose pipeline is gone; only an interrupted write could leave one. */
    void dropIndexEntry(Bytes key) {
        index.delete(key);
    }

    private static Optional<Bytes> indexKey(PipelineId id, ScheduleState state) {
        return state == null ? Optional.empty() : state.wakeUpAt().map(due -> DueIndexKey.of(due, id));
    }

    private void recount(ScheduleState before, ScheduleState after) {
        PipelineStatus was = before == null ? null : before.status();
        PipelineStatus is = after == null ? null : after.status();
        if (was != is) {
            adjust(was, -1);
            adjust(is, +1);
        }
    }

    private void adjust(PipelineStatus status, int delta) {
        if (status != null) {
            long count = counts.addAndGet(status.ordinal(), delta);
            countStore.put(status.tagValue(), count);
        }
    }

    private void loadCounts() {
        for (PipelineStatus status : PipelineStatus.values()) {
            Long stored = countStore.get(status.tagValue());
            counts.set(status.ordinal(), stored == null ? 0 : stored);
        }
    }
}
