package io.kairos.infra.observability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GET requests to a Kairos HTTP port on the loopback address. */
final class HttpGet {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpGet() {
    }

    static int status(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String body(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }
}
