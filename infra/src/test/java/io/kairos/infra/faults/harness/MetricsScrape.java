package io.kairos.infra.faults.harness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads one metric from a service's {@code /metrics} (Prometheus text): the sum over its series. */
public final class MetricsScrape {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MetricsScrape() {
    }

    /** The sum of every sample of {@code name} (any labels); 0 when the service has none yet. */
    public static double sum(ServiceProcess service, String name) throws IOException, InterruptedException {
        String text = HTTP.send(HttpRequest.newBuilder(service.uri("/metrics")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
