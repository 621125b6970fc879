package io.kairos.benchmarks;

import io.kairos.model.config.ConfigLoader;
import io.kairos.trigger.TriggerService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * The trigger under test, in a JVM of its own so its heap is its own: configured by {@code KAIROS_*}
 * environment variables like {@code TriggerMain}, driven over stdin. Prints {@code READY <ms>} once
 * Kafka Streams is RUNNING (the time since start: restore included), and answers {@code status}
 * with {@code STATUS <scheduled pipelines> <heap used after GC, bytes>}. {@code stop} or end of
 * input closes it gracefully.
 */
public final class TriggerNode {

    private static final long READY_POLL_MILLIS = 20;

    private TriggerNode() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        long startedAt = System.nanoTime();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        TriggerService service = TriggerService.fromConfig(ConfigLoader.fromSystemEnvironment().load(null), registry);
        service.start();
        while (!service.isReady()) {
            Thread.sleep(READY_POLL_MILLIS);
        }
        System.out.println("READY " + (System.nanoTime() - startedAt) / 1_000_000);
        answerCommands(registry);
        service.close();
    }

    private static void answerCommands(SimpleMeterRegistry registry) throws IOException {
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command = commands.readLine(); command != null && !command.equals("stop"); command = commands.readLine()) {
            if (command.equals("status")) {
                double scheduled = registry.get("kairos.trigger.pipelines").tag("state", "scheduled").gauge().value();
                System.out.println("STATUS " + (long) scheduled + " " + heapUsedAfterGc());
            }
        }
    }

    private static long heapUsedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
