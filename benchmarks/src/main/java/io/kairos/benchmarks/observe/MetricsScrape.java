package io.kairos.benchmarks.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads a service's Prometheus {@code /metrics} page and sums the samples of one metric. */
public final class MetricsScrape {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private MetricsScrape() {
    }

    /** The sum of every sample of {@code metric} (all tag sets), or 0 when it has none. */
    public static double sum(int port, String metric) {
        String page = get(port, "/metrics");
        double total = 0;
        for (String line : page.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    /** The value of the first sample of {@code metric} whose tags contain {@code tag}, or -1. */
    public static double sample(int port, String metric, String tag) {
        for (String line : get(port, "/metrics").split("\n")) {
            if (line.startsWith(metric + "{") && line.contains(tag)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return -1;
    }

    /**
     * The ledger's count of runs in {@code state}, from {@code /api/v1/status}: a few counter reads,
     * where a {@code /metrics} page renders every client and store metric and would load the process
     * it measures when polled often.
     */
    public static long runsInState(int port, String state) {
        try {
            return JSON.readTree(get(port, "/api/v1/status?scope=local")).path("runsByState").path(state).asLong(0);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable status from port " + port + ": " + e.getMessage(), e);
        }
    }

    /** The HTTP status of {@code path}, or -1 when nothing answers. */
    public static int status(int port, String path) {
        try {
            return CLIENT.send(request(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String get(int port, String path) {
        try {
            return CLIENT.send(request(port, path), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("no answer from http://127.0.0.1:" + port + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + path, e);
        }
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build();
    }
}
