package io.kairos.worker.api;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kairos.model.serde.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/** Asks another ledger instance for its local answer ({@code scope=local}), on behalf of the caller. */
public final class PeerClient {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final Duration timeout;

    public PeerClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The peer's answer to {@code pathAndQuery} (which already asks for the local scope); empty on 404. */
    public <T> Optional<T> get(HostInfo peer, String pathAndQuery, TypeReference<T> type) {
        return get(peer, pathAndQuery, type, null);
    }

    /** As {@link #get(HostInfo, String, TypeReference)}, passing the caller's {@code Authorization} header on. */
    public <T> Optional<T> get(HostInfo peer, String pathAndQuery, TypeReference<T> type, String authorization) {
        URI uri = URI.create("http://" + peer.host() + ":" + peer.port() + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw ApiException.unavailable("instance " + peer + " answered " + response.statusCode());
            }
            return Optional.of(Json.mapper().readValue(response.body(), type));
        } catch (IOException e) {
            throw ApiException.unavailable("instance " + peer + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("interrupted while asking instance " + peer);
        }
    }
}
