package io.kairos.worker.ledger.query;

import io.kairos.model.backfill.BackfillId;
import io.kairos.model.id.RunId;
import io.kairos.model.run.RunState;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.store.IndexKeys;
import io.kairos.worker.ledger.store.StatusCounters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads over the ledger stores of one partition: the status from
 * the counters, runs through the sorted indexes, one run by id. Never scans every run.
 */
public final class LedgerReader {

    /** Newest scheduled time first, then run id: the order of every run list. */
    public static final Comparator<RunEntry> NEWEST_FIRST = Comparator
            .comparing((RunEntry e) -> e.request().scheduledFor()).reversed()
            .thenComparing(RunEntry::runId);

    private static final StringSerializer KEYS = new StringSerializer();

    private final ReadOnlyKeyValueStore<String, RunEntry> runs;
    private final ReadOnlyKeyValueStore<String, String> index;
    private final ReadOnlyKeyValueStore<String, Long> counters;
    private final ReadOnlyKeyValueStore<String, BackfillEntry> backfills;

    public LedgerReader(ReadOnlyKeyValueStore<String, RunEntry> runs, ReadOnlyKeyValueStore<String, String> index,
                        ReadOnlyKeyValueStore<String, Long> counters) {
        this(runs, index, counters, null);
    }

    /** A reader of the backfills too; {@code backfills} null for none. */
    public LedgerReader(ReadOnlyKeyValueStore<String, RunEntry> runs, ReadOnlyKeyValueStore<String, String> index,
                        ReadOnlyKeyValueStore<String, Long> counters,
                        ReadOnlyKeyValueStore<String, BackfillEntry> backfills) {
        this.runs = runs;
        this.index = index;
        this.counters = counters;
        this.backfills = backfills;
    }

    /** The partition's backfills with their counters. */
    public List<BackfillStatus> backfills() {
        List<BackfillStatus> found = new ArrayList<>();
        if (backfills == null) {
            return found;
        }
        try (KeyValueIterator<String, BackfillEntry> it = backfills.all()) {
            while (it.hasNext()) {
                found.add(status(it.next().value));
            }
        }
        return found;
    }

    public Optional<BackfillStatus> backfill(BackfillId id) {
        return backfills == null ? Optional.empty() : Optional.ofNullable(backfills.get(id.value())).map(this::status);
    }

    private BackfillStatus status(BackfillEntry entry) {
        String prefix = StatusCounters.backfillRuns(entry.definition().backfillId(), "");
        Map<String, Long> counts = new java.util.HashMap<>();
        try (KeyValueIterator<String, Long> it = counters.prefixScan(prefix, KEYS)) {
            while (it.hasNext()) {
                KeyValue<String, Long> next = it.next();
                counts.put(next.key.substring(prefix.length()), next.value);
            }
        }
        return new BackfillStatus(entry, counts);
    }

    public StatusTotals status(LocalDate today) {
        Map<RunState, Long> byState = new EnumMap<>(RunState.class);
        Map<RunState, Long> ended = new EnumMap<>(RunState.class);
        for (RunState state : RunState.values()) {
            byState.put(state, counter(StatusCounters.state(state)));
            if (state.isTerminal()) {
                ended.put(state, counter(StatusCounters.dayState(today, state)));
            }
        }
        return new StatusTotals(counter(StatusCounters.PIPELINES_OPEN), byState, ended,
                counter(StatusCounters.dayExecutionMillis(today)), counter(StatusCounters.dayExecutions(today)));
    }

    /** The partition's runs matching {@code filter}, newest first, at most its limit. */
    public List<RunEntry> runs(RunFilter filter) {
        String prefix = filter.pipeline() != null ? IndexKeys.pipelineRunsPrefix(filter.pipeline())
                : filter.state() != null ? IndexKeys.statePrefix(filter.state())
                : IndexKeys.ALL_RUNS;
        List<RunEntry> found = new ArrayList<>();
        try (KeyValueIterator<String, String> it = index.prefixScan(prefix, KEYS)) {
            while (it.hasNext() && found.size() < filter.limit()) {
                KeyValue<String, String> next = it.next();
                RunEntry entry = runs.get(next.value);
                if (entry != null && (filter.state() == null || entry.state() == filter.state())
                        && filter.admits(entry.pipelineId())) {
                    found.add(entry);
                }
            }
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    public Optional<RunEntry> run(RunId runId) {
        return Optional.ofNullable(runs.get(runId.value()));
    }

    private long counter(String key) {
        Long value = counters.get(key);
        return value == null ? 0L : value;
    }
}
