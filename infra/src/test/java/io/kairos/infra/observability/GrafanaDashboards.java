package io.kairos.infra.observability;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The dashboards of {@code infra/grafana/dashboards/}, their panels and the PromQL of every panel. */
final class GrafanaDashboards {

    static final Path DIR = Path.of("grafana", "dashboards");
    /** What Grafana would put for the variables when every job and instance is chosen. */
    static final String RATE_INTERVAL = "1m";
    static final String ALL = ".+";

    private GrafanaDashboards() {
    }

    /** One query of one panel. */
    record PanelQuery(String dashboard, String panel, String expr) {

        /** The query as Grafana sends it with every job and instance selected. */
        String substituted() {
            return expr.replace("$__rate_interval", RATE_INTERVAL).replace("$job", ALL).replace("$instance", ALL);
        }

        @Override
        public String toString() {
            return dashboard + " / " + panel + ": " + expr;
        }
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panels::add);
        return panels;
    }

    static List<PanelQuery> queries() {
        List<PanelQuery> queries = new ArrayList<>();
        for (Path file : files()) {
            JsonNode dashboard = read(file);
            for (JsonNode panel : panels(dashboard)) {
                panel.path("targets").forEach(target -> queries.add(new PanelQuery(dashboard.path("title").asText(),
                        panel.path("title").asText(), target.path("expr").asText())));
            }
        }
        return queries;
    }
}
