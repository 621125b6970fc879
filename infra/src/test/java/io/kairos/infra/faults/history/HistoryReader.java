package io.kairos.infra.faults.history;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kairos.model.id.PipelineId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.run.RunEvent;
import io.kairos.model.serde.Json;
import io.kairos.model.topic.Topic;
import io.kairos.model.topic.Topics;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.RunView;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.record.TimestampType;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads what a scenario left behind: the ledger's view of every run through its read API (while it
 * runs), then, once the services have stopped, the committed records of the topics ({@code
 * read_committed}) and the transactions still open.
 */
public final class HistoryReader {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    /** Longer than the transaction timeout of the Streams services (10 s) plus the broker's clean-up interval. */
    private static final Duration ABORT_WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final KafkaTestCluster kafka;

    public HistoryReader(KafkaTestCluster kafka) {
        this.kafka = kafka;
    }

    /** The ledger's view of every run of {@code pipelines}, each with its timeline. */
    public static List<RunView> finals(URI ledgerApi, Collection<PipelineId> pipelines) {
        List<RunView> views = new ArrayList<>();
        for (PipelineId pipeline : pipelines) {
            List<RunView> listed = get(ledgerApi, "/api/v1/runs?limit=1000&pipeline=" + encode(pipeline.value()),
                    new TypeReference<List<RunView>>() {
                    });
            listed.forEach(view -> views.add(get(ledgerApi, "/api/v1/runs/" + encode(view.runId()),
                    new TypeReference<RunView>() {
                    })));
        }
        return views;
    }

    /** The committed requests, events and dispatches, and the transactions still open after a short wait. */
    public History.Builder committed(Collection<String> queues) {
        List<DispatchedRun> dispatches = new ArrayList<>();
        queues.forEach(queue -> Topics.lanes(queue).forEach(lane -> dispatches.addAll(read(lane))));
        return History.builder().requests(read(Topics.RUN_REQUESTS)).events(events())
                .dispatches(dispatches).openTransactions(openTransactions());
    }

    /**
     * The committed run-events, each with its {@code at} replaced by the time the broker appended it
     * ({@code LogAppendTime}): the history judges every worker on one clock, whatever its own did.
     */
    public List<RunEvent> events() {
        return kafka.consumeAll(Topics.RUN_EVENTS.name(), READ_TIMEOUT, IsolationLevel.READ_COMMITTED).stream()
                .filter(record -> !LedgerBeacon.isBeacon(record.headers()))
                .map(HistoryReader::stampedByBroker)
                .filter(Objects::nonNull)
                .toList();
    }

    private static RunEvent stampedByBroker(ConsumerRecord<byte[], byte[]> record) {
        try {
            ObjectNode event = (ObjectNode) Json.mapper().readTree(record.value());
            if (record.timestampType() == TimestampType.LOG_APPEND_TIME) {
                event.put("at", Instant.ofEpochMilli(record.timestamp()).toString());
            }
            return Json.mapper().treeToValue(event, RunEvent.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Records that cannot be read (the poison of a scenario) are left out. */
    public <V> List<V> read(Topic<?, V> topic) {
        return kafka.consumeAll(topic.name(), READ_TIMEOUT, IsolationLevel.READ_COMMITTED).stream()
                .map(record -> readable(topic, record.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static <V> V readable(Topic<?, V> topic, byte[] value) {
        try {
            return value == null ? null : topic.valueSerde().deserializer().deserialize(topic.name(), value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The transactions still ongoing once the broker has had {@code ABORT_WAIT} to abort those of
     * stopped producers; the checker judges what is left.
     */
    private List<String> openTransactions() {
        try {
            await().atMost(ABORT_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> ongoing().isEmpty());
        } catch (ConditionTimeoutException stillOpen) {
            // what is still open is the finding, reported below
        }
        return ongoing();
    }

    private List<String> ongoing() {
        try {
            Collection<TransactionListing> listings = kafka.admin()
                    .listTransactions(new ListTransactionsOptions().filterStates(List.of(TransactionState.ONGOING)))
                    .all().get();
            return listings.stream().map(listing -> listing.transactionalId() + " (producer "
                    + listing.producerId() + ")").toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing transactions", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not list transactions", e);
        }
    }

    private static <T> T get(URI api, String path, TypeReference<T> type) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(api.resolve(path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + path, e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
