package io.kairos.infra.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped Prometheus files, checked by Debian's promtool: scrape configs, alert rules, rule unit tests. */
class PrometheusConfigTest {

    static final Path PROMETHEUS_DIR = Path.of("prometheus");
    static final Path LOCAL_CONFIG = PROMETHEUS_DIR.resolve("prometheus-local.yml");
    static final Path KUBERNETES_CONFIG = PROMETHEUS_DIR.resolve("prometheus-kubernetes.yml");
    static final Path ALERTS = PROMETHEUS_DIR.resolve("kairos-alerts.yml");
    static final Path ALERT_TESTS = PROMETHEUS_DIR.resolve("tests/kairos-alerts-test.yml");
    private static final Pattern ALERT_NAME = Pattern.compile("(?m)^\\s*- alert: (\\S+)");
    private static final Pattern TESTED_ALERT = Pattern.compile("(?m)^\\s*alertname: (\\S+)");

    @TempDir
    Path tmp;

    @Test
    void theLocalScrapeConfigAndItsRulesAreValid() throws Exception {
        PrometheusTools.Result check = PrometheusTools.promtool(null, "check", "config", LOCAL_CONFIG.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 1 rule files found");
    }

    /**
     * Debian builds Prometheus without Kubernetes discovery, so promtool checks the Kubernetes config
     * with its discovery swapped for a static target: every relabelling rule and setting still counts.
     */
    @Test
    void theKubernetesScrapeConfigIsValidApartFromItsDiscovery() throws Exception {
        String config = Files.readString(KUBERNETES_CONFIG);
        assertThat(config).contains("kubernetes_sd_configs:\n      - role: pod");
        Path checked = tmp.resolve("prometheus-kubernetes.yml");
        Files.writeString(checked, config.replace("kubernetes_sd_configs:\n      - role: pod",
                "static_configs:\n      - targets: [\"10.0.0.1:8080\"]"));
        Files.copy(ALERTS, tmp.resolve(ALERTS.getFileName()));

        PrometheusTools.Result check = PrometheusTools.promtool(null, "check", "config", checked.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    @Test
    void theAlertRulesAreValid() throws Exception {
        PrometheusTools.Result check = PrometheusTools.promtool(null, "check", "rules", ALERTS.toString());

        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("SUCCESS: 7 rules found");
    }

    @Test
    void theAlertRuleUnitTestsPass() throws Exception {
        PrometheusTools.Result test = PrometheusTools.promtool(null, "test", "rules", ALERT_TESTS.toString());

        assertThat(test.exitCode()).as(test.output()).isZero();
        assertThat(test.output()).contains("SUCCESS");
    }

    @Test
    void everyAlertHasUnitTests() throws Exception {
        List<String> alerts = matches(ALERT_NAME, Files.readString(ALERTS));
        List<String> tested = matches(TESTED_ALERT, Files.readString(ALERT_TESTS));

        assertThat(alerts).containsExactlyInAnyOrder("KairosFireLagHigh", "KairosRunsStuckWaiting",
                "KairosStaleRecoveriesRising", "KairosFailureRatioHigh", "KairosConsumerLagGrowing",
                "KairosNoTriggerUp", "KairosDeadLetters");
        assertThat(tested).containsAll(alerts);
    }

    private static List<String> matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
