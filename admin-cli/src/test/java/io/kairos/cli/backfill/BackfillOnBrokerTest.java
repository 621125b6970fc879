package io.kairos.cli.backfill;

import static io.kairos.cli.support.SpecYaml.aSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.cli.CliRun;
import io.kairos.cli.support.KairosOnBroker;
import io.kairos.model.config.KairosConfig;
import io.kairos.model.serde.Json;
import io.kairos.testkit.KafkaTestCluster;
import io.kairos.worker.api.ApiConfig;
import io.kairos.worker.intake.WorkerExecutor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Backfills through kairosctl with a ledger and an executor on a real broker. */
class BackfillOnBrokerTest {

    static final String FROM = "2026-01-01T00:00:00Z";
    static final Pattern IN_FLIGHT = Pattern.compile("in flight (\\d+)");

    @RegisterExtension
    static final KafkaTestCluster kafka = KafkaTestCluster.singleBroker();

    @TempDir
    static Path dir;

    static KairosOnBroker kairos;
    static WorkerExecutor executor;

    @BeforeAll
    static void start() {
        kairos = KairosOnBroker.start(kafka, dir.resolve("ledger"), ApiConfig.DEFAULTS);
        executor = WorkerExecutor.create(KairosConfig.of(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "kairos.worker.id", "backfill-executor", "kairos.executor.slots", "20",
                "kairos.executor.status.interval", "PT1S")), new SimpleMeterRegistry());
        executor.start();
        for (String id : List.of("bf/minutely", "bf/small", "bf/manage")) {
            CliRun applied = kairos.ctl("pipelines", "apply", "-f", aSpec(id).cron("* * * * *").maxConcurrentRuns(20)
                    .overlap("allow").sleep(id.equals("bf/manage") ? "PT4S" : "PT0.05S").writeTo(dir).toString());
            assertThat(applied.exitCode()).as(applied.err()).isZero();
        }
    }

    @AfterAll
    static void stop() {
        executor.close();
        kairos.close();
    }

    @Test
    void aThousandTimesWithMaxConcurrentFiveNeverRunMoreThanFiveShowProgressAndASecondBackfillAddsNothing()
            throws Exception {
        String to = Instant.parse(FROM).plus(Duration.ofMinutes(1000)).toString();

        CliRun first = kairos.ctl("backfill", "bf/minutely", "--from", FROM, "--to", to, "--max-concurrent", "5");

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("1000 run(s) requested").contains("1000/1000 DONE");
        assertThat(inFlightShown(first.out())).isNotEmpty().allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(5));
        JsonNode runs = Json.mapper().readTree(kairos.ctl("runs", "list", "--pipeline", "bf/minutely", "--limit", "1000",
                "-o", "json").out());
        assertThat(runs).hasSize(1000);
        assertThat(runs.findValuesAsText("origin")).containsOnly("backfill");
        assertThat(runs.findValuesAsText("state")).containsOnly("COMPLETED");
        assertThat(mostAtOnce(runs)).isBetween(1, 5);

        CliRun second = kairos.ctl("backfill", "bf/minutely", "--from", FROM, "--to", to, "--max-concurrent", "5",
                "-o", "json");

        assertThat(second.exitCode()).as(second.err()).isZero();
        JsonNode view = Json.mapper().readTree(second.out());
        assertThat(view.path("kept").asInt()).isEqualTo(1000);
        assertThat(view.path("ended").asInt()).isZero();
        assertThat(Json.mapper().readTree(kairos.ctl("runs", "list", "--pipeline", "bf/minutely", "--limit", "1000",
                "-o", "json").out())).hasSize(1000);
    }

    @Test
    void aDryRunListsTheTimesAndWritesNothing() throws Exception {
        CliRun run = kairos.ctl("backfill", "bf/small", "--from", FROM, "--to", "2026-01-01T00:03:00Z", "--dry-run",
                "-o", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Json.mapper().readTree(run.out()).path("times")).extracting(JsonNode::asText).containsExactly(
                "2026-01-01T00:01:00Z", "2026-01-01T00:02:00Z", "2026-01-01T00:03:00Z");
        assertThat(Json.mapper().readTree(kairos.ctl("backfill", "list", "--pipeline", "bf/small", "-o", "json").out()))
                .isEmpty();
    }

    @Test
    void pauseResumeAndCancelChangeWhatTheBackfillLetsStart() throws Exception {
        CliRun started = kairos.ctl("backfill", "bf/manage", "--from", FROM, "--to", "2026-01-01T00:10:00Z",
                "--max-concurrent", "2", "--no-wait");
        assertThat(started.exitCode()).as(started.err()).isZero();
        String id = started.out().split(" ")[1].replace(":", "");

        await().atMost(Duration.ofSeconds(30)).until(() -> view(id), v -> v != null
                && v.path("inFlight").asInt() == 2 && v.path("held").asInt() == 8);
        assertThat(kairos.ctl("backfill", "pause", id).exitCode()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> view(id).path("state").asText(), "PAUSED"::equals);
        assertThat(kairos.ctl("backfill", "list", "--pipeline", "bf/manage").out()).contains(id).contains("PAUSED");
        assertThat(kairos.ctl("backfill", "resume", id).exitCode()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> view(id).path("state").asText(), "RUNNING"::equals);
        assertThat(kairos.ctl("backfill", "cancel", id).exitCode()).isZero();

        await().atMost(Duration.ofSeconds(30)).until(() -> view(id), v -> v.path("state").asText().equals("CANCELLED")
                && v.path("held").asInt() == 0 && v.path("cancelled").asInt() >= 6);
        assertThat(view(id).path("inFlight").asInt()).isLessThanOrEqualTo(2);
    }

    private static JsonNode view(String id) throws Exception {
        CliRun run = kairos.ctl("backfill", "get", id, "-o", "json");
        return run.exitCode() == 0 ? Json.mapper().readTree(run.out()) : null;
    }

    private static List<Integer> inFlightShown(String out) {
        List<Integer> shown = new ArrayList<>();
        Matcher matcher = IN_FLIGHT.matcher(out);
        while (matcher.find()) {
            shown.add(Integer.parseInt(matcher.group(1)));
        }
        return shown;
    }

    /** The most runs whose [startedAt, finishedAt] (ledger clock) overlap. */
    private static int mostAtOnce(JsonNode runs) {
        List<long[]> edges = new ArrayList<>();
        for (JsonNode run : runs) {
            edges.add(new long[] {Instant.parse(run.path("startedAt").asText()).toEpochMilli(), 1});
            edges.add(new long[] {Instant.parse(run.path("finishedAt").asText()).toEpochMilli(), -1});
        }
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int now = 0;
        int most = 0;
        for (long[] edge : edges) {
            now += (int) edge[1];
            most = Math.max(most, now);
        }
        return most;
    }
}
