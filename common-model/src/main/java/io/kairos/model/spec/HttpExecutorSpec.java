package io.kairos.model.spec;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/** POSTs the run context as JSON to {@code url}; a 2xx answer within {@code timeout} is success. */
public record HttpExecutorSpec(URI url, Map<String, String> headers, Duration timeout) implements ExecutorSpec {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public HttpExecutorSpec {
        Objects.requireNonNull(url, "url");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    @JsonIgnore
    @Override
    public String type() {
        return "http";
    }
}
