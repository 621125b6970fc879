package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.trigger.schedule.FirePlan;
import io.kairos.trigger.schedule.ScheduleState;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.Punctuator;

/**
 * The wall-clock punctuation: scans the due-time index up to now and fires each due pipeline,
 * advancing its state in the same transaction as its run-requests. The work is proportional to the
 * pipelines due, read in chunks so a burst of due pipelines never sits in memory at once, and stops
 * after a number of records so the task commits; the next punctuation carries on in due-time order.
 */
final class DueScheduleFirer implements Punctuator {

    static final int SCAN_CHUNK = 1_000;

    private final ScheduleBook book;
    private final PlanRunner runner;
    private final int maxRecords;
    private final Timer duration;
    private int emitted;

    DueScheduleFirer(ScheduleBook book, PlanRunner runner, int maxRecords, Timer duration) {
        this.book = book;
        this.runner = runner;
        this.maxRecords = maxRecords;
        this.duration = duration;
    }

    @Override
    public void punctuate(long timestamp) {
        duration.record(() -> fireDue(Instant.ofEpochMilli(timestamp)));
    }

    private void fireDue(Instant now) {
        emitted = 0;
        Bytes after = null;
        List<Bytes> keys;
        do {
            keys = book.dueKeys(after, now, SCAN_CHUNK);
            for (int i = 0; i < keys.size() && emitted < maxRecords; i++) {
                fire(keys.get(i), now);
            }
            after = keys.isEmpty() ? after : keys.get(keys.size() - 1);
        } while (keys.size() == SCAN_CHUNK && emitted < maxRecords);
    }

    private void fire(Bytes key, Instant now) {
        PipelineId id = DueIndexKey.pipelineOf(key);
        ScheduleState state = book.get(id);
        if (state == null) {
            book.dropIndexEntry(key);
            return;
        }
        FirePlan plan = runner.runOnce(state, now);
        emitted += plan.records().size();
        book.save(id, state, plan.state());
    }
}
