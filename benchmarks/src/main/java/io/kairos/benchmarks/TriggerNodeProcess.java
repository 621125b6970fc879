package io.kairos.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The parent's handle on a {@link TriggerNode} process: start it, ask it, stop it. */
final class TriggerNodeProcess {

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private TriggerNodeProcess(Process process, Path log) throws IOException {
        this.process = process;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Writer logWriter = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Thread reader = new Thread(() -> relay(logWriter), "trigger-node-output");
        reader.setDaemon(true);
        reader.start();
    }

    static TriggerNodeProcess start(Map<String, String> environment, String heap, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Xms" + heap, "-cp", System.getProperty("java.class.path"), TriggerNode.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new TriggerNodeProcess(builder.start(), log);
    }

    private void relay(Writer log) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             log) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("READY ") || line.startsWith("STATUS ")) {
                    answers.add(line);
                }
                log.write(line + System.lineSeparator());
            }
        } catch (IOException e) {
            answers.add("GONE " + e.getMessage());
        }
    }

    /** Milliseconds from the node's start until Kafka Streams was RUNNING. */
    long awaitReadyMillis(Duration timeout) throws InterruptedException {
        return Long.parseLong(answer("READY", timeout)[1]);
    }

    /** {scheduled pipelines, heap used after GC in bytes}. */
    long[] status() throws InterruptedException {
        commands.println("status");
        String[] parts = answer("STATUS", Duration.ofMinutes(1));
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    long pid() {
        return process.pid();
    }

    /** Graceful: the node closes Kafka Streams (commit, leave group) and exits. */
    void stop() throws InterruptedException {
        commands.println("stop");
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private String[] answer(String kind, Duration timeout) throws InterruptedException {
        String line = answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || !line.startsWith(kind)) {
            throw new IllegalStateException("the trigger node did not answer " + kind + " within " + timeout + ": " + line);
        }
        return line.split(" ");
    }
}
