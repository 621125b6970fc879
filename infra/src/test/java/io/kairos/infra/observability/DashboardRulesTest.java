package io.kairos.infra.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules every Kairos dashboard follows: a fixed uid; {@code datasource}, {@code job} and
 * {@code instance} variables; timeseries and stat panels only, each with a unit and a description
 * and on the chosen data source; every query filtered by job and instance, with
 * {@code $__rate_interval} as its only range.
 */
class DashboardRulesTest {

    private static final Set<String> PANEL_TYPES = Set.of("timeseries", "stat");
    private static final String DATASOURCE = "${datasource}";
    private static final Pattern RANGE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RANGE_FUNCTION = Pattern.compile("\\b(rate|irate|increase|deriv|delta)\\(");

    @Test
    void theSixDashboardsAreThereWithUniqueFixedUids() {
        List<String> uids = GrafanaDashboards.files().stream().map(GrafanaDashboards::read)
                .map(dashboard -> dashboard.path("uid").asText()).toList();

        assertThat(uids).containsExactlyInAnyOrder("kairos-overview", "kairos-trigger", "kairos-ledger",
                "kairos-workers", "kairos-kafka-clients", "kairos-jvm");
    }

    @TestFactory
    Stream<DynamicTest> everyDashboardFollowsTheRules() {
        return GrafanaDashboards.files().stream().flatMap(file -> Stream.of(
                DynamicTest.dynamicTest(name(file) + " has datasource, job and instance variables",
                        () -> hasVariables(GrafanaDashboards.read(file))),
                DynamicTest.dynamicTest(name(file) + " has only timeseries and stat panels with a unit and a description",
                        () -> panelsAreDescribed(GrafanaDashboards.read(file))),
                DynamicTest.dynamicTest(name(file) + " queries filter by job and instance and use $__rate_interval",
                        () -> queriesFollowTheRules(GrafanaDashboards.read(file)))));
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static void hasVariables(JsonNode dashboard) {
        Map<String, JsonNode> variables = variables(dashboard);
        assertThat(variables).containsKeys("datasource", "job", "instance");
        assertThat(variables.get("datasource").path("type").asText()).isEqualTo("datasource");
        assertThat(variables.get("datasource").path("query").asText()).isEqualTo("prometheus");
        for (String name : List.of("job", "instance")) {
            JsonNode variable = variables.get(name);
            assertThat(variable.path("type").asText()).as(name).isEqualTo("query");
            assertThat(variable.path("datasource").path("uid").asText()).as(name).isEqualTo(DATASOURCE);
            assertThat(variable.path("definition").asText()).as(name).startsWith("label_values(");
        }
    }

    private static Map<String, JsonNode> variables(JsonNode dashboard) {
        List<JsonNode> list = new ArrayList<>();
        dashboard.path("templating").path("list").forEach(list::add);
        return list.stream().collect(Collectors.toMap(v -> v.path("name").asText(), Function.identity()));
    }

    private static void panelsAreDescribed(JsonNode dashboard) {
        List<JsonNode> panels = GrafanaDashboards.panels(dashboard);
        assertThat(panels).isNotEmpty();
        for (JsonNode panel : panels) {
            String title = dashboard.path("uid").asText() + " / " + panel.path("title").asText();
            assertThat(panel.path("type").asText()).as(title).isIn(PANEL_TYPES);
            assertThat(panel.path("title").asText()).as(title).isNotBlank();
            assertThat(panel.path("description").asText()).as(title + " description").isNotBlank();
            assertThat(panel.path("fieldConfig").path("defaults").path("unit").asText()).as(title + " unit").isNotBlank();
            assertThat(panel.path("datasource").path("uid").asText()).as(title + " data source").isEqualTo(DATASOURCE);
            assertThat(panel.path("targets")).as(title + " queries").isNotEmpty();
            panel.path("targets").forEach(target -> assertThat(target.path("datasource").path("uid").asText())
                    .as(title + " query data source").isEqualTo(DATASOURCE));
        }
    }

    private static void queriesFollowTheRules(JsonNode dashboard) {
        for (JsonNode panel : GrafanaDashboards.panels(dashboard)) {
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                String where = dashboard.path("uid").asText() + " / " + panel.path("title").asText() + ": " + expr;
                assertThat(expr).as(where).contains("job=~\"$job\"").contains("instance=~\"$instance\"");
                Matcher ranges = RANGE.matcher(expr);
                while (ranges.find()) {
                    assertThat(ranges.group(1)).as(where).isEqualTo("$__rate_interval");
                }
                if (RANGE_FUNCTION.matcher(expr).find()) {
                    assertThat(expr).as(where).contains("[$__rate_interval]");
                }
            }
        }
    }
}
