package io.kairos.worker.ledger.topology;

import static io.kairos.model.run.RunState.CANCELLED;
import static io.kairos.model.run.RunState.COMPLETED;
import static io.kairos.model.run.RunState.DISPATCHED;
import static io.kairos.model.run.RunState.FAILED;
import static io.kairos.model.run.RunState.PROCESSING;
import static io.kairos.model.run.RunState.QUEUED;
import static io.kairos.model.run.RunState.SCHEDULED;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.OTHER_WORKER;
import static io.kairos.worker.ledger.fixtures.LedgerDriver.WORKER;
import static io.kairos.worker.ledger.fixtures.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.id.RunId;
import io.kairos.model.run.DispatchedRun;
import io.kairos.model.run.RunRequest;
import io.kairos.model.serde.Json;
import io.kairos.model.serde.UnreadableRecord;
import io.kairos.model.spec.RetryPolicy;
import io.kairos.model.worker.FenceExecution;
import io.kairos.worker.ledger.fixtures.LedgerDriver;
import io.kairos.worker.ledger.rules.LedgerSettings;
import io.kairos.worker.ledger.rules.RunStep;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerReportsTest {

    private final LedgerDriver ledger = new LedgerDriver();

    @AfterEach
    void close() {
        ledger.close();
    }

    private RunId dispatchedRun(RunRequest request) {
        ledger.request(request);
        ledger.dispatched();
        return request.runId();
    }

    @Test
    void aStartedRunIsProcessingOnItsWorkerAndCompletesWithItsSummary() {
        RunId run = dispatchedRun(aRequest().build());

        ledger.started(run, 1, WORKER);
        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);
        assertThat(ledger.entry(run).run().workerId()).isEqualTo(WORKER);
        assertThat(ledger.entry(run).startedAt()).isEqualTo(ledger.now());

        ledger.advance(Duration.ofSeconds(5));
        ledger.succeeded(run, 1, WORKER);

        assertThat(ledger.entry(run).state()).isEqualTo(COMPLETED);
        assertThat(ledger.entry(run).summary()).isEqualTo("done");
        assertThat(ledger.entry(run).finishedAt()).isEqualTo(ledger.now());
        assertThat(ledger.entry(run).timeline()).extracting(RunStep::state)
                .containsExactly(QUEUED, DISPATCHED, PROCESSING, COMPLETED);
    }

    @Test
    void heartbeatsKeepARunAlivePastItsStaleAfter() {
        RunId run = dispatchedRun(aRequest().staleAfter(Duration.ofSeconds(30)).build());
        ledger.started(run, 1, WORKER);

        for (int i = 0; i < 6; i++) {
            ledger.advance(Duration.ofSeconds(10));
            ledger.heartbeat(run, 1, WORKER);
        }

        assertThat(ledger.entry(run).state()).isEqualTo(PROCESSING);
        assertThat(ledger.entry(run).lastSeenAt()).isEqualTo(ledger.now());
        assertThat(ledger.orders()).isEmpty();
    }

    @Test
    void aFailedAttemptWithRetriesLeftWaitsForItsBackoffThenRunsAsTheNextAttempt() {
        RunId run = dispatchedRun(aRequest().maxAttempts(3).build());
        ledger.started(run, 1, WORKER);

        ledger.failed(run, 1, WORKER);

        assertThat(ledger.entry(run).state()).isEqualTo(SCHEDULED);
        assertThat(ledger.entry(run).attempt()).isEqualTo(2);
        assertThat(ledger.entry(run).lastError()).isEqualTo("exit 1");
        assertThat(ledger.entry(run).dueAt()).isEqualTo(ledger.now().plusSeconds(2));
        assertThat(ledger.listener().lines()).contains("retried");

        ledger.advance(Duration.ofSeconds(1));
        assertThat(ledger.dispatched()).isEmpty();
        ledger.advance(Duration.ofSeconds(1));

        assertThat(ledger.dispatched()).extracting(DispatchedRun::attempt).containsExactly(2);
    }

    @Test
    void theBackoffGrowsExponentiallyWithJitterDrawnFromTheInjectedRandom() {
        try (LedgerDriver jittered = new LedgerDriver(
                new LedgerSettings(Duration.ofSeconds(10), Duration.ofDays(7), 1000), 1.0)) {
            RunRequest request = aRequest().maxAttempts(3)
                    .retry(new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(5), 0.5))
                    .build();
            jittered.request(request);
            jittered.started(request.runId(), 1, WORKER);
            jittered.failed(request.runId(), 1, WORKER);
            assertThat(jittered.entry(request.runId()).dueAt()).isEqualTo(jittered.now().plusSeconds(3));

            jittered.advance(Duration.ofSeconds(3));
            jittered.started(request.runId(), 2, WORKER);
            jittered.failed(request.runId(), 2, WORKER);

            assertThat(jittered.entry(request.runId()).dueAt()).isEqualTo(jittered.now().plusSeconds(6));
        }
    }

    @Test
    void aRunFailsAfterExactlyMaxAttemptsAndGoesToTheDeadLetterTopic() {
        RunId run = dispatchedRun(aRequest().maxAttempts(3).build());
        for (int attempt = 1; attempt <= 3; attempt++) {
            ledger.started(run, attempt, WORKER);
            ledger.failed(run, attempt, WORKER);
            ledger.advance(Duration.ofSeconds(10));
        }

        assertThat(ledger.entry(run).state()).isEqualTo(FAILED);
        assertThat(ledger.entry(run).attempt()).isEqualTo(3);
        List<TestRecord<byte[], byte[]>> dead = ledger.deadLetters();
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(ledger.entry(run).pipelineId().value());
            assertThat(header(record, DeadLetters.HEADER_RUN_ID)).isEqualTo(run.value());
            assertThat(header(record, UnreadableRecord.HEADER_REASON)).contains("exit 1");
            assertThat(Json.mapper().readTree(record.value()).path("run").path("state").asText()).isEqualTo("FAILED");
        });
    }

    @Test
    void aCancelledReportEndsTheRunCancelled() {
        RunId run = dispatchedRun(aRequest().build());
        ledger.started(run, 1, WORKER);

        ledger.cancelled(run, 1, WORKER, "operator on the worker");

        assertThat(ledger.entry(run).state()).isEqualTo(CANCELLED);
        assertThat(ledger.entry(run).run().reason()).isEqualTo("operator on the worker");
    }

    @Test
    void aReleasedAttemptIsDispatchedAgainWithoutUsingUpAnAttempt() {
        RunId run = dispatchedRun(aRequest().build());
        ledger.started(run, 1, WORKER);

        ledger.released(run, 1, WORKER);

        assertThat(ledger.dispatched()).extracting(DispatchedRun::attempt).containsExactly(1);
        assertThat(ledger.entry(run).state()).isEqualTo(DISPATCHED);
        ledger.started(run, 1, OTHER_WORKER);
        assertThat(ledger.entry(run).run().workerId()).isEqualTo(OTHER_WORKER);
    }

    @Test
    void aSecondWorkerStartingAnAttemptAlreadyProcessingIsFenced() {
        RunId run = dispatchedRun(aRequest().build());
        ledger.started(run, 1, WORKER);

        ledger.started(run, 1, OTHER_WORKER);
        ledger.heartbeat(run, 1, OTHER_WORKER);

        assertThat(ledger.entry(run).run().workerId()).isEqualTo(WORKER);
        assertThat(ledger.orders()).hasSize(2).allSatisfy(order -> assertThat(order)
                .isEqualTo(new FenceExecution(OTHER_WORKER, run, ledger.entry(run).pipelineId(), 1, ledger.now())));
        assertThat(ledger.listener().count("fenced:other-worker")).isEqualTo(2);
    }

    @Test
    void eventsOfAnUnknownRunChangeNothingAndARunningOneIsFenced() {
        RunId unknown = RunId.of("acme/import:never-requested");

        ledger.started(unknown, 1, WORKER);
        ledger.succeeded(unknown, 1, WORKER);

        assertThat(ledger.runs().approximateNumEntries()).isZero();
        assertThat(ledger.orders()).singleElement().isInstanceOf(FenceExecution.class);
        assertThat(ledger.listener().count("ignored:unknown-run")).isEqualTo(2);
    }

    @Test
    void aStartOfACancelledDispatchedRunIsFenced() {
        RunId run = dispatchedRun(aRequest().build());
        ledger.cancel(run);

        ledger.started(run, 1, WORKER);

        assertThat(ledger.entry(run).state()).isEqualTo(CANCELLED);
        assertThat(ledger.orders()).singleElement().isInstanceOf(FenceExecution.class);
    }

    private static String header(TestRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
