package io.kairos.worker.ledger.store;

import io.kairos.worker.ledger.rules.TimerKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.Stream;
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

    /** The key ranges held here: waiting, active, and every deadline kind but retention ({@code PURGE}). */
    private static final List<String> PREFIXES = Stream.concat(Stream.of(IndexKeys.WAITING, IndexKeys.ACTIVE),
            Stream.of(TimerKind.values()).filter(kind -> kind != TimerKind.PURGE).map(IndexKeys::timerPrefix)).toList();

    private final NavigableSet<String> keys = new TreeSet<>();

    /** The live keys the index holds now. */
    static LiveIndexKeys readFrom(KeyValueStore<String, String> index) {
        LiveIndexKeys live = new LiveIndexKeys();
        for (String prefix : PREFIXES) {
            try (KeyValueIterator<String, String> it = index.prefixScan(prefix, KEYS)) {
                it.forEachRemaining(entry -> live.keys.add(entry.key));
            }
        }
        return live;
    }

    /** How many keys are held. */
    int size() {
        return keys.size();
    }

    /** Whether keys starting with {@code prefix} are held here, so that a range of them is read from memory. */
    static boolean covers(String prefix) {
        for (String held : PREFIXES) {
            if (prefix.startsWith(held)) {
                return true;
            }
        }
        return false;
    }

    /** Applies an index write: {@code gone} keys removed, {@code added} keys put; keys not held here are passed over. */
    void update(Collection<String> gone, Collection<String> added) {
        gone.stream().filter(LiveIndexKeys::covers).forEach(keys::remove);
        added.stream().filter(LiveIndexKeys::covers).forEach(keys::add);
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
