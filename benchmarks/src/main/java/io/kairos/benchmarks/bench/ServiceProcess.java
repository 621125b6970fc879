package io.kairos.benchmarks.bench;

import io.kairos.benchmarks.observe.MetricsScrape;
import io.kairos.benchmarks.observe.ProcessStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Kairos service in a process of its own, started the way an operator starts it
 * ({@code io.kairos.infra.KairosMain worker|trigger}, settings in {@code KAIROS_*} variables), so
 * its CPU, memory and death are its own. Output goes to a log file in the scenario's work dir.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_POLL = Duration.ofMillis(50);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final int httpPort;

    private ServiceProcess(String name, Process process, int httpPort) {
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
    }

    /** Starts {@code KairosMain <arguments>} with {@code environment} on top of the bench's own. */
    public static ServiceProcess start(String name, List<String> arguments, Map<String, String> environment,
                                       String heap, int httpPort, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.kairos.infra.KairosMain"));
        command.addAll(arguments);
        command.addAll(List.of("--http-port", Integer.toString(httpPort)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("KAIROS_"));
        builder.environment().putAll(environment);
        try {
            return new ServiceProcess(name, builder.start(), httpPort);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until {@code /readyz} answers 200; returns the milliseconds it took from now. */
    public long awaitReady(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (MetricsScrape.status(httpPort, "/readyz") != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " was not ready within " + timeout);
            }
            Thread.sleep(READY_POLL.toMillis());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return httpPort;
    }

    public long pid() {
        return process.pid();
    }

    public double cpuSeconds() {
        return ProcessStats.cpuSeconds(process.pid());
    }

    public long rssBytes() {
        return ProcessStats.rssBytes(process.pid());
    }

    /** {@code kill -9}: no shutdown hook, no commit, no leaving the group. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** SIGTERM, the graceful stop; forced after a minute. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
