package io.kairos.worker.ledger.store;

import static io.kairos.worker.ledger.fixtures.RequestBuilder.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.PipelineId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.run.Run;
import io.kairos.model.run.RunTransition.Dispatch;
import io.kairos.model.run.RunTransition.Start;
import io.kairos.model.run.RunTransition.Succeed;
import io.kairos.worker.ledger.fixtures.RequestBuilder;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.rules.TimerKind;
import io.kairos.worker.ledger.topology.LedgerTopology;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The book's answers about waiting, active and due runs, which it keeps in memory, against what its stores hold; and what it writes to them. */
class KafkaRunBookTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    private final KeyValueStore<String, RunEntry> runs = store(StoreNames.RUNS, LedgerTopology.runEntrySerde());
    private final KeyValueStore<String, String> index = store(StoreNames.INDEX, Serdes.String());
    private final KeyValueStore<String, Long> counters = store(StoreNames.COUNTERS, Serdes.Long());

    @Test
    void aBookOpenedOnStoredRunsAnswersAsTheBookThatStoredThem() {
        KafkaRunBook first = book();
        RunEntry low = queued("low", 2, NOW);
        RunEntry high = queued("high", 9, NOW.plusSeconds(1));
        RunEntry running = started(queued("running", 5, NOW));
        first.save(low);
        first.save(high);
        first.save(running);
        first.flush();

        KafkaRunBook reopened = book();

        assertThat(reopened.waiting(PIPELINE)).extracting(RunEntry::runId).containsExactly(high.runId(), low.runId());
        assertThat(reopened.nextWaiting(PIPELINE)).map(RunEntry::runId).contains(high.runId());
        assertThat(reopened.countActive(PIPELINE, 10)).isEqualTo(1);
        assertThat(reopened.active(PIPELINE)).extracting(RunEntry::runId).containsExactly(running.runId());
        assertThat(reopened.due(TimerKind.STALE, NOW.plus(STALE_AFTER), 10)).containsExactly(running.runId());
        assertThat(reopened.due(TimerKind.STALE, NOW.plus(STALE_AFTER).minusMillis(1), 10)).isEmpty();
    }

    @Test
    void aRunThatMovesOnLeavesTheKeysItHadAndItsRetentionDeadlineIsReadFromTheStore() {
        KafkaRunBook book = book();
        RunEntry queued = queued("only", 5, NOW);
        book.save(queued);
        RunEntry started = started(queued);
        book.save(started);

        assertThat(book.nextWaiting(PIPELINE)).isEmpty();
        assertThat(book.countActive(PIPELINE, 10)).isEqualTo(1);

        Instant purgeAt = NOW.plus(Duration.ofDays(7));
        book.save(started.moved(started.run().apply(new Succeed()), NOW).withPurgeAt(purgeAt));

        assertThat(book.countActive(PIPELINE, 10)).isZero();
        assertThat(book.due(TimerKind.STALE, NOW.plus(Duration.ofDays(30)), 10)).isEmpty();
        assertThat(book.due(TimerKind.PURGE, purgeAt, 10)).containsExactly(queued.runId());
        assertThat(book().due(TimerKind.PURGE, purgeAt, 10)).containsExactly(queued.runId());
    }

    @Test
    void aRunMovedTwiceInOneInputIsWrittenOnceAsItEndsTheInput() {
        List<String> writes = new ArrayList<>();
        KafkaRunBook book = new KafkaRunBook(recording(runs, writes), recording(index, writes), counters);
        RunEntry queued = queued("twice", 5, NOW);
        RunEntry dispatched = queued.moved(queued.run().apply(new Dispatch()), NOW);
        RunEntry gone = queued("gone", 5, NOW);

        book.save(queued);
        book.save(dispatched);
        book.save(gone);
        book.delete(gone);

        assertThat(book.find(queued.runId())).contains(dispatched);
        assertThat(book.find(gone.runId())).isEmpty();
        assertThat(book.nextWaiting(PIPELINE)).isEmpty();
        assertThat(book.countActive(PIPELINE, 10)).isEqualTo(1);
        assertThat(writes).isEmpty();

        book.flush();

        List<String> indexPuts = IndexKeys.of(dispatched).stream().map(key -> "put " + key).toList();
        assertThat(writes).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Stream.of("put " + queued.runId().value()), indexPuts.stream()).toList());
        assertThat(runs.get(queued.runId().value())).isEqualTo(dispatched);
        assertThat(runs.get(gone.runId().value())).isNull();
        writes.clear();
        book.flush();
        assertThat(writes).isEmpty();
    }

    @Test
    void countingActiveRunsStopsAtTheLimitAndNeverCountsAnotherPipelines() {
        KafkaRunBook book = book();
        for (int i = 0; i < 3; i++) {
            book.save(started(queued("run-" + i, 5, NOW)));
        }
        PipelineId other = PipelineId.of("acme", "import-2");
        book.save(started(entry(RequestBuilder.aRequest().pipeline(other).runId("manual-other-running"))));
        book.save(entry(RequestBuilder.aRequest().pipeline(other).runId("manual-other-waiting")));

        assertThat(book.countActive(PIPELINE, 2)).isEqualTo(2);
        assertThat(book.countActive(PIPELINE, 10)).isEqualTo(3);
        assertThat(book.countActive(other, 10)).isEqualTo(1);
        assertThat(book.nextWaiting(PIPELINE)).isEmpty();
    }

    private KafkaRunBook book() {
        return new KafkaRunBook(runs, index, counters);
    }

    private static RunEntry queued(String name, int priority, Instant scheduledFor) {
        return entry(RequestBuilder.aRequest().runId("manual-" + name).priority(priority).scheduledFor(scheduledFor));
    }

    private static RunEntry entry(RequestBuilder request) {
        var built = request.staleAfter(STALE_AFTER).build();
        return RunEntry.received(built, Run.requested(built.runId(), true), NOW);
    }

    /** {@code queued} dispatched and started by a worker, at {@code NOW}. */
    private static RunEntry started(RunEntry queued) {
        Run dispatched = queued.run().apply(new Dispatch());
        return queued.moved(dispatched, NOW).moved(dispatched.apply(new Start(WorkerId.of("worker-1"))), NOW);
    }

    /** {@code store}, with each put and delete written down in {@code writes} as {@code "put <key>"} or {@code "delete <key>"}. */
    @SuppressWarnings("unchecked")
    private static <V> KeyValueStore<String, V> recording(KeyValueStore<String, V> store, List<String> writes) {
        return (KeyValueStore<String, V>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("put") || method.getName().equals("delete")) {
                        writes.add(method.getName() + " " + arguments[0]);
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
