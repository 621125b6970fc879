package io.kairos.infra.faults.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A main class in a JVM of its own, on this test's classpath, configured by environment variables,
 * with the signals a fault test needs: SIGKILL, SIGTERM, SIGSTOP and SIGCONT.
 */
public final class JvmProcess implements AutoCloseable {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 20;

    private final String name;
    private final Process process;
    private final Path log;

    private JvmProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code args}; inherited {@code KAIROS_*} variables are replaced by {@code environment}. */
    public static JvmProcess start(String name, String mainClass, List<String> args, Map<String, String> environment,
                                   Path logDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback-test.xml",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("KAIROS_"));
        builder.environment().putAll(environment);
        return new JvmProcess(name, builder.start(), log);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Fails when the process has exited, naming its exit code and the last lines of its log: a
     * service that dies at start is reported at once instead of waited for.
     */
    public void requireAlive() {
        if (process.isAlive()) {
            return;
        }
        throw new IllegalStateException(name + " exited with " + process.exitValue() + "; the end of " + log + ":\n"
                + String.join("\n", tail(LOG_TAIL_LINES)));
    }

    private List<String> tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(log unreadable: " + e.getMessage() + ")");
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is committed, flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, waiting for a graceful stop; returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " did not stop within " + GRACEFUL_STOP + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** SIGSTOP: the JVM is frozen, threads, timers and sockets alike, until {@link #resume()}. */
    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " (" + name + ") failed");
        }
    }

    /** Stops the process if it still runs: SIGCONT in case it is paused, SIGTERM, then SIGKILL if it hangs. */
    @Override
    public void close() throws Exception {
        if (!process.isAlive()) {
            return;
        }
        resume();
        process.destroy();
        if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
