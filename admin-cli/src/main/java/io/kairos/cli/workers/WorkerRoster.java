package io.kairos.cli.workers;

import io.kairos.model.catalog.CompactedTopicReader;
import io.kairos.model.id.WorkerId;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The workers as {@code kairos.workers} tells: {@code live} when seen within {@link #GONE_AFTER},
 * {@code gone} when silent longer (crashed or cut off), {@code left} when it said goodbye (a tombstone
 * not yet compacted away).
 */
final class WorkerRoster {

    /** Three status intervals of an executor (PT5S by default) without a word. */
    static final Duration GONE_AFTER = Duration.ofSeconds(15);

    private final CompactedTopicReader.Snapshot<WorkerId, WorkerStatus> snapshot;

    private WorkerRoster(CompactedTopicReader.Snapshot<WorkerId, WorkerStatus> snapshot) {
        this.snapshot = snapshot;
    }

    static WorkerRoster read(Properties clientProperties) {
        return new WorkerRoster(new CompactedTopicReader<>(Topics.WORKERS, clientProperties).read(Duration.ofSeconds(30)));
    }

    boolean knows(WorkerId worker) {
        return snapshot.live().containsKey(worker);
    }

    List<Map<String, Object>> rows(Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        snapshot.live().values().stream().sorted((a, b) -> a.workerId().value().compareTo(b.workerId().value()))
                .forEach(status -> rows.add(row(status, now)));
        snapshot.deleted().forEach(worker -> rows.add(left(worker)));
        return rows;
    }

    private static Map<String, Object> row(WorkerStatus status, Instant now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workerId", status.workerId().value());
        row.put("state", status.lastSeen().plus(GONE_AFTER).isBefore(now) ? "gone" : status.draining() ? "draining" : "live");
        row.put("host", status.host());
        row.put("queues", String.join(",", status.queues()));
        row.put("slots", status.slots());
        row.put("busy", status.busy());
        row.put("version", status.version());
        row.put("startedAt", status.startedAt().toString());
        row.put("lastSeen", status.lastSeen().toString());
        return row;
    }

    private static Map<String, Object> left(WorkerId worker) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workerId", worker.value());
        row.put("state", "left");
        for (String column : List.of("host", "queues", "slots", "busy", "version", "startedAt", "lastSeen")) {
            row.put(column, null);
        }
        return row;
    }
}
