package io.kairos.worker.ledger.store;

import io.kairos.worker.ledger.rules.TimerKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The index keys the ledger's rules read on every input, held in memory for one ledger task: each
 * pipeline's waiting and active runs and the deadlines of runs not yet ended. Read from RocksDB,
 * every such question cost a seek, and a seek steps over each key of the range that was deleted
 * since the last compaction; a run's waiting, active and heartbeat keys are deleted as soon as it
 * moves on, so those seeks were most of a transition's work. Read once from the index when the
 * task's processor starts (after its stores are restored), then kept in step with every index
 * write; like {@link RecentRuns} it lives and dies with the processor. It holds a key per waiting
 * run, one to three per running run, none per ended run: retention deadlines stay in RocksDB only.
 */
final class LiveIndexKeys {

    private static final StringSerializer KEYS = new StringSerializer();

    private final NavigableSet<String> keys = new TreeSet<>();

    /** The live keys the index holds now. */
    static LiveIndexKeys readFrom(KeyValueStore<String, String> index) {
        LiveIndexKeys live = new LiveIndexKeys();
        for (String prefix : livePrefixes()) {
            try (KeyValueIterator<String, String> it = index.prefixScan(prefix, KEYS)) {
                it.forEachRemaining(entry -> live.keys.add(entry.key));
            }
        }
        return live;
    }

    private static List<String> livePrefixes() {
        List<String> prefixes = new ArrayList<>(List.of(IndexKeys.WAITING, IndexKeys.ACTIVE));
        for (TimerKind kind : TimerKind.values()) {
            if (kind != TimerKind.PURGE) {
                prefixes.add(IndexKeys.timerPrefix(kind));
            }
        }
        return prefixes;
    }

    /** Whether {@code key} is one this holds: a waiting or active run's, or a deadline of a run not yet ended. */
    private static boolean isLive(String key) {
        return key.startsWith(IndexKeys.WAITING) || key.startsWith(IndexKeys.ACTIVE)
                || key.startsWith(IndexKeys.TIMER) && !key.startsWith(IndexKeys.timerPrefix(TimerKind.PURGE));
    }

    void removeAll(Collection<String> gone) {
        gone.forEach(keys::remove);
    }

    void addAll(Collection<String> added) {
        added.stream().filter(LiveIndexKeys::isLive).forEach(keys::add);
    }

    /** The run ids of at most {@code limit} keys starting with {@code prefix}, in key order. */
    List<String> runIds(String prefix, int limit) {
        return runIds(prefix, null, limit);
    }

    /** The run ids of at most {@code limit} keys starting with {@code prefix} up to {@code last} included, in key order. */
    List<String> runIdsUpTo(String prefix, String last, int limit) {
        return runIds(prefix, last, limit);
    }

    private List<String> runIds(String prefix, String last, int limit) {
        List<String> runIds = new ArrayList<>();
        for (String key : keys.tailSet(prefix, true)) {
            if (runIds.size() >= limit || !key.startsWith(prefix) || last != null && key.compareTo(last) > 0) {
                break;
            }
            runIds.add(key.substring(key.lastIndexOf(IndexKeys.SEP) + 1));
        }
        return runIds;
    }

    /** How many keys start with {@code prefix}, counting no further than {@code atMost}. */
    int count(String prefix, int atMost) {
        int count = 0;
        for (String key : keys.tailSet(prefix, true)) {
            if (count >= atMost || !key.startsWith(prefix)) {
                break;
            }
            count++;
        }
        return count;
    }
}
