package io.kairos.model.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.schedule.OnceSchedule;
import io.kairos.model.schedule.Schedule;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TreeMap;

/**
 * Writes a {@link PipelineSpec} as the canonical spec document: every field explicit, defaults
 * included, optional values ({@code schedule}, {@code timeout}, {@code catchup.startingDeadline},
 * {@code executor.workingDir}) left out when absent. {@link SpecParser#parse(String)} of the result
 * equals the spec written.
 */
public final class SpecWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecWriter() {
    }

    public static String toJson(PipelineSpec spec) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toTree(spec));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a spec tree always serialises", e);
        }
    }

    public static ObjectNode toTree(PipelineSpec spec) {
        ObjectNode tree = JSON.createObjectNode();
        tree.put("id", spec.id().value());
        spec.scheduleIfAny().ifPresent(schedule -> tree.set("schedule", schedule(schedule)));
        tree.put("timezone", zoneId(spec.timezone()));
        tree.put("paused", spec.paused());
        tree.put("priority", spec.priority());
        tree.put("queue", spec.queue());
        tree.put("maxConcurrentRuns", spec.maxConcurrentRuns());
        tree.put("overlap", spec.overlap().wireName());
        tree.set("catchup", catchup(spec.catchup()));
        tree.set("retry", retry(spec.retry()));
        spec.timeoutIfAny().ifPresent(timeout -> tree.put("timeout", timeout.toString()));
        tree.put("staleAfter", spec.staleAfter().toString());
        tree.put("jitter", spec.jitter().toString());
        tree.set("executor", executor(spec.executor()));
        return tree;
    }

    private static ObjectNode schedule(Schedule schedule) {
        ObjectNode tree = JSON.createObjectNode();
        if (schedule instanceof CronSchedule cron) {
            return tree.put("cron", cron.expression())
                    .put("onDstGap", WireNames.of(cron.gapPolicy()))
                    .put("onDstOverlap", WireNames.of(cron.overlapPolicy()));
        }
        if (schedule instanceof IntervalSchedule interval) {
            return tree.put("interval", interval.every().toString()).put("anchor", interval.anchor().toString());
        }
        return tree.put("once", ((OnceSchedule) schedule).at().toString());
    }

    private static String zoneId(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static ObjectNode catchup(CatchupPolicy catchup) {
        ObjectNode tree = JSON.createObjectNode()
                .put("policy", catchup.policy().wireName())
                .put("maxCatchupRuns", catchup.maxCatchupRuns());
        if (catchup.startingDeadline() != null) {
            tree.put("startingDeadline", catchup.startingDeadline().toString());
        }
        return tree;
    }

    private static ObjectNode retry(RetryPolicy retry) {
        return JSON.createObjectNode()
                .put("maxAttempts", retry.maxAttempts())
                .put("backoff", retry.backoff().toString())
                .put("maxBackoff", retry.maxBackoff().toString())
                .put("jitter", retry.jitter());
    }

    private static ObjectNode executor(ExecutorSpec executor) {
        ObjectNode tree = JSON.createObjectNode().put("type", executor.type());
        if (executor instanceof CommandExecutorSpec command) {
            command.command().forEach(tree.putArray("command")::add);
            tree.set("env", JSON.valueToTree(new TreeMap<>(command.env())));
            return command.workingDir() == null ? tree : tree.put("workingDir", command.workingDir());
        }
        if (executor instanceof HttpExecutorSpec http) {
            tree.put("url", http.url().toString()).put("timeout", http.timeout().toString());
            return tree.set("headers", JSON.valueToTree(new TreeMap<>(http.headers())));
        }
        if (executor instanceof SleepExecutorSpec sleep) {
            return tree.put("duration", sleep.duration().toString()).put("failureRate", sleep.failureRate());
        }
        JavaExecutorSpec java = (JavaExecutorSpec) executor;
        return tree.put("class", java.className()).set("config", JSON.valueToTree(new TreeMap<>(java.config())));
    }
}
