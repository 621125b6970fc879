package io.kairos.worker.execution;

import io.kairos.model.spec.HttpExecutorSpec;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs the run context as JSON to the spec's URL with its headers; a 2xx answer within the spec's
 * timeout is success. The summary shows the status and the tail of the answer. The timeout is
 * measured on a monotonic clock (the client's own request timeout follows the wall clock on this
 * JDK, so a clock step would cut a call short or stretch it).
 */
public final class HttpExecutor implements PipelineExecutor {

    private final HttpExecutorSpec spec;
    private final HttpClient client;

    public HttpExecutor(HttpExecutorSpec spec, HttpClient client) {
        this.spec = spec;
        this.client = client;
    }

    @Override
    public ExecutionResult execute(RunContext run) throws InterruptedException {
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request(run), HttpResponse.BodyHandlers.ofString());
        try {
            return resultOf(answer.get(spec.timeout().toNanos(), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            return failureOf(e.getCause());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return timedOut();
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
    }

    private HttpRequest request(RunContext run) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(spec.url())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(run.toJson().toString()));
        spec.headers().forEach(builder::header);
        return builder.build();
    }

    private static ExecutionResult resultOf(HttpResponse<String> response) {
        String summary = OutputTail.of("HTTP " + response.statusCode() + ": " + response.body(), OutputTail.DEFAULT_CAPACITY);
        boolean success = response.statusCode() >= 200 && response.statusCode() < 300;
        return success ? ExecutionResult.succeeded(summary)
                : ExecutionResult.failed("HTTP status " + response.statusCode(), summary);
    }

    private ExecutionResult timedOut() {
        return ExecutionResult.failed("no answer from " + spec.url() + " within " + spec.timeout(), null);
    }

    private ExecutionResult failureOf(Throwable cause) {
        if (cause instanceof HttpTimeoutException) {
            return timedOut();
        }
        return ExecutionResult.failed("request to " + spec.url() + " failed: " + cause, null);
    }
}
