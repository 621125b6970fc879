package io.kairos.infra.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.infra.local.LocalSettings;
import io.kairos.infra.local.LocalSystem;
import io.kairos.model.serde.Json;
import io.kairos.testkit.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/kairos local} with the demo pipelines, scraped by a real Prometheus server with the
 * shipped config and rules: the exposition passes {@code promtool check metrics}, and every query of
 * every dashboard panel and variable returns at least one series.
 */
class ObservabilityEndToEndTest {

    private static final Path DEMO = Path.of("demo");
    private static final Duration SERIES_TIMEOUT = Duration.ofSeconds(120);
    private static final String RUN_ID_IN_A_LABEL = "(?s).*=\"[^\"]*@\\d{4}-\\d\\d-\\d\\dT.*";

    @TempDir
    static Path tmp;

    private static LocalSystem system;
    private static PrometheusServer prometheus;

    @BeforeAll
    static void startKairosAndPrometheus() throws Exception {
        PrometheusTools.binary(PrometheusTools.PROMETHEUS);
        system = LocalSystem.start(new LocalSettings(tmp.resolve("kairos"), FreePorts.next(), null,
                Duration.ofMinutes(5), DEMO, 0, 2, 4));
        await().atMost(Duration.ofSeconds(60)).until(() -> status("/readyz") == 200);
        prometheus = PrometheusServer.scraping(system.httpPort(), tmp.resolve("prometheus"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theMetricsOfTheWholeSystemPassPromtoolWithNoRunIdInAnyLabel() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> body("/api/v1/status").contains("\"completedToday\":")
                && Json.mapper().readTree(body("/api/v1/status")).path("completedToday").asInt() > 0);
        String exposition = body("/metrics");

        PrometheusTools.Result check = PrometheusTools.promtool(exposition, "check", "metrics");

        assertThat(check.output()).isBlank();
        assertThat(check.exitCode()).isZero();
        assertThat(exposition).contains("kairos_executor_runs_finished_total", "kairos_ledger_start_lag_seconds_bucket",
                "kairos_trigger_fire_lag_seconds_bucket", "application=\"kairos-local\"");
        assertThat(exposition.lines().filter(line -> !line.startsWith("#")).filter(line -> line.matches(RUN_ID_IN_A_LABEL)))
                .isEmpty();
    }

    @Test
    void everyDashboardPanelQueryReturnsASeries() {
        List<GrafanaDashboards.PanelQuery> queries = GrafanaDashboards.queries();
        assertThat(queries).hasSizeGreaterThan(50);

        await().atMost(SERIES_TIMEOUT).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(withoutSeries(queries)).isEmpty());
    }

    @Test
    void theJobAndInstanceVariablesHaveValues() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(prometheus.api("/api/v1/label/job/values?match[]=kairos_ready")).isNotEmpty();
            assertThat(prometheus.api("/api/v1/label/instance/values?match[]=kairos_ready")).isNotEmpty();
        });
    }

    @Test
    void theServerLoadsAndEvaluatesEveryAlertRule() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> health = new ArrayList<>();
            prometheus.api("/api/v1/rules").path("groups").forEach(group -> group.path("rules")
                    .forEach(rule -> health.add(rule.path("name").asText() + "=" + rule.path("health").asText())));
            assertThat(health).hasSize(7).allMatch(rule -> rule.endsWith("=ok"));
        });
    }

    private static List<String> withoutSeries(List<GrafanaDashboards.PanelQuery> queries) throws Exception {
        List<String> empty = new ArrayList<>();
        for (GrafanaDashboards.PanelQuery query : queries) {
            JsonNode result = prometheus.query(query.substituted());
            if (result.isEmpty()) {
                empty.add(query.toString());
            }
        }
        return empty;
    }

    private static int status(String path) throws Exception {
        return HttpGet.status(system.httpPort(), path);
    }

    private static String body(String path) throws Exception {
        return HttpGet.body(system.httpPort(), path);
    }
}
