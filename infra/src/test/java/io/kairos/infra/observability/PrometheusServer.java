package io.kairos.infra.observability;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.model.serde.Json;
import io.kairos.testkit.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's binary) on a free loopback port with its storage in a temporary
 * directory, running the shipped {@code prometheus-local.yml} and alert rules with a one-second
 * scrape and evaluation interval, scraping one Kairos HTTP port.
 */
final class PrometheusServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final String SHIPPED_TARGET = "- targets: [\"127.0.0.1:8080\"]";

    private final Process process;
    private final String url;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, int port) {
        this.process = process;
        this.url = "http://127.0.0.1:" + port;
    }

    static PrometheusServer scraping(int kairosHttpPort, Path dir) throws IOException {
        Path config = dir.resolve("prometheus.yml");
        Files.createDirectories(dir);
        Files.writeString(config, configFor(kairosHttpPort));
        int port = FreePorts.next();
        Process process = new ProcessBuilder(PrometheusTools.binary(PrometheusTools.PROMETHEUS).toString(),
                "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(process, port);
        await().atMost(START_TIMEOUT).ignoreExceptions().until(server::isReady);
        return server;
    }

    /** The shipped local config, scraping {@code port} every second with the shipped rules. */
    static String configFor(int port) throws IOException {
        String shipped = Files.readString(PrometheusConfigTest.LOCAL_CONFIG);
        if (!shipped.contains(SHIPPED_TARGET) || !shipped.contains("- kairos-alerts.yml")) {
            throw new IllegalStateException("prometheus-local.yml no longer has the target or rule file this test replaces");
        }
        return shipped.replace(SHIPPED_TARGET, "- targets: [\"127.0.0.1:" + port + "\"]")
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replace("evaluation_interval: 15s", "evaluation_interval: 1s")
                .replace("- kairos-alerts.yml", "- " + PrometheusConfigTest.ALERTS.toAbsolutePath());
    }

    private boolean isReady() throws IOException, InterruptedException {
        return get("/-/ready").statusCode() == 200;
    }

    /** The {@code data.result} of an instant query. */
    JsonNode query(String promql) throws IOException, InterruptedException {
        return api("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("result");
    }

    /** The {@code data} of a GET on the HTTP API; fails on an error status. */
    JsonNode api(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        JsonNode body = Json.mapper().readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return body.path("data");
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + pathAndQuery)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
