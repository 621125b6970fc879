package io.kairos.trigger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@link TriggerMain} in a JVM of its own, configured by environment variables, that a test can kill. */
final class TriggerProcess implements AutoCloseable {

    private final String name;
    private final Process process;

    private TriggerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static TriggerProcess start(String name, Map<String, String> environment, Path logFile) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=logback-test.xml",
                "-cp", System.getProperty("java.class.path"), TriggerMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("KAIROS_"));
        builder.environment().putAll(environment);
        return new TriggerProcess(name, builder.start());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    /** SIGKILL: no shutdown hook runs, nothing is committed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, then SIGKILL if it has not stopped gracefully within the timeout. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
