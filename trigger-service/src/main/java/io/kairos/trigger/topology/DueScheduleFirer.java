package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.trigger.schedule.ScheduleState;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.Punctuator;

/**
 * The wall-clock punctuation: scans the due-time index up to now and fires each due pipeline,
 * advancing its state in the same transaction as its run-requests. The work is proportional to the
 * pipelines due, read in chunks so a burst of due pipelines never sits in memory at once.
 */
final class DueScheduleFirer implements Punctuator {

    static final int SCAN_CHUNK = 1_000;

    private final ScheduleBook book;
    private final PlanRunner runner;
    private final Timer duration;

    DueScheduleFirer(ScheduleBook book, PlanRunner runner, Timer duration) {
        this.book = book;
        this.runner = runner;
        this.duration = duration;
    }

    @Override
    public void punctuate(long timestamp) {
        duration.record(() -> fireDue(Instant.ofEpochMilli(timestamp)));
    }

    private void fireDue(Instant now) {
        Bytes after = null;
        List<Bytes> keys;
        do {
            keys = book.dueKeys(after, now, SCAN_CHUNK);
            keys.forEach(key -> fire(key, now));
            after = keys.isEmpty() ? after : keys.get(keys.size() - 1);
        } while (keys.size() == SCAN_CHUNK);
    }

    private void fire(Bytes key, Instant now) {
        PipelineId id = DueIndexKey.pipelineOf(key);
        ScheduleState state = book.get(id);
        if (state == null) {
            book.dropIndexEntry(key);
            return;
        }
        book.save(id, state, runner.runOnce(state, now));
    }
}
