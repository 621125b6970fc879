package io.kairos.infra.faults.harness;

import static org.awaitility.Awaitility.await;

import io.kairos.model.id.WorkerId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One Kairos service running as {@code bin/kairos trigger|worker} in its own JVM, with its HTTP port
 * ({@code /readyz}, the read API of a ledger) and, for an executor, its worker id and slots.
 */
public record ServiceProcess(JvmProcess process, int httpPort, WorkerId workerId, int slots) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** Waits until {@code /readyz} answers 200: every part of the process runs. Fails at once if it exits. */
    public ServiceProcess awaitReady(Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            process.requireAlive();
            return isReady();
        });
        return this;
    }

    public boolean isReady() {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri("/readyz")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public String name() {
        return process.name();
    }
}
