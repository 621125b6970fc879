package io.kairos.infra.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.kairos.model.serde.Json;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP port of a Kairos process: {@code /livez} (the process answers), {@code /readyz} (every
 * readiness check passes; 503 naming those that don't; each check is also the gauge
 * {@code kairos.ready{check}}), {@code /metrics} (Prometheus text), and
 * whatever API a service mounts under its own prefix.
 */
public final class OpsHttpServer implements AutoCloseable {

    public static final String PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** The readiness check that holds until {@link #markStarted()}. */
    public static final String STARTUP_CHECK = "startup";
    private static final Logger log = LoggerFactory.getLogger(OpsHttpServer.class);
    private static final int THREADS = 4;
    private static final int STOP_DELAY_SECONDS = 1;
    static final String READY_GAUGE = "kairos.ready";

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<ReadinessCheck> readiness = new CopyOnWriteArrayList<>();
    private volatile boolean started;
    private final ServiceMetrics metrics;

    private OpsHttpServer(HttpServer server, ServiceMetrics metrics) {
        this.server = server;
        this.metrics = metrics;
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "kairos-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/livez", exactGet("/livez",
                exchange -> respond(exchange, 200, "text/plain; charset=utf-8", "ok\n")));
        server.createContext("/readyz", exactGet("/readyz", this::ready));
        server.createContext("/metrics", exactGet("/metrics",
                exchange -> respond(exchange, 200, PROMETHEUS_CONTENT_TYPE, metrics.scrape())));
        server.createContext("/", exchange -> json(exchange, 404, Map.of("error", "no such endpoint: "
                + exchange.getRequestURI().getPath(), "details", List.of())));
    }

    /** Serves {@code handler} for GET of exactly {@code path}: other methods get 405, longer paths 404. */
    private static HttpHandler exactGet(String path, HttpHandler handler) {
        return exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    json(exchange, 404, Map.of("error", "no such endpoint: " + exchange.getRequestURI().getPath(),
                            "details", List.of()));
                } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    json(exchange, 405, Map.of("error", "method not allowed", "details", List.of(Map.of("path", "method",
                            "message", "only GET is served, was " + exchange.getRequestMethod()))));
                } else {
                    handler.handle(exchange);
                }
            }
        };
    }

    /** Starts serving on {@code host:port}; port 0 picks a free one. */
    public static OpsHttpServer start(String host, int port, ServiceMetrics metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new IllegalStateException("HTTP port " + port + " on " + host
                    + " is already in use; stop what uses it or choose another port with --http-port", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve HTTP on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        OpsHttpServer ops = new OpsHttpServer(server, metrics);
        server.start();
        log.info("HTTP on http://{}:{} (/livez, /readyz, /metrics)", host, ops.port());
        return ops;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The server itself, for a service that registers its own API on it (the ledger's read API). */
    public HttpServer httpServer() {
        return server;
    }

    /** Adds a check to {@code /readyz}, and the gauge {@code kairos.ready{check}} (1 ready, 0 not). */
    public void addReadinessCheck(ReadinessCheck check) {
        readiness.add(check);
        Gauge.builder(READY_GAUGE, check, c -> isReady(c) ? 1 : 0).tag("check", check.name())
                .description("Whether this part of the process is ready (1) or not (0), as /readyz reports it")
                .register(metrics.registry());
    }

    /** Serves {@code handler} for every path under {@code prefix}, such as {@code /api/v1}. */
    public void mount(String prefix, HttpHandler handler) {
        server.createContext(prefix, handler);
    }

    /**
     * Declares that the process has started every part it runs. Until then {@code /readyz} answers
     * 503 with the check {@code startup} false, whatever checks are registered so far, so a process
     * is never reported ready halfway through its start.
     */
    public void markStarted() {
        started = true;
    }

    private void ready(HttpExchange exchange) throws IOException {
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put(STARTUP_CHECK, started);
        readiness.forEach(check -> checks.put(check.name(), isReady(check)));
        boolean ready = !checks.containsValue(false);
        json(exchange, ready ? 200 : 503, Map.of("ready", ready, "checks", checks));
    }

    private static boolean isReady(ReadinessCheck check) {
        try {
            return check.isReady();
        } catch (RuntimeException e) {
            log.warn("Readiness check {} failed; reporting not ready", check.name(), e);
            return false;
        }
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        respond(exchange, status, "application/json", Json.mapper().writeValueAsString(body));
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(STOP_DELAY_SECONDS);
        executor.shutdown();
        try {
            executor.awaitTermination(STOP_DELAY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
