package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.trigger.schedule.FirePlan;
import io.kairos.trigger.schedule.ScheduleState;
import io.micrometer.core.instrument.Timer;
import io.kairos.trigger.schedule.FiringRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.Punctuator;

/**
 * The wall-clock punctuation: scans the due-time index up to now and fires each due pipeline,
 * advancing its state in the same transaction as its run-requests. The work is proportional to the
 * pipelines due, read in chunks so a burst of due pipelines never sits in memory at once, and stops
 * after a number of records or an amount of work so the thread commits its transaction; the next
 * punctuation carries on in due-time order.
 */
final class DueScheduleFirer implements Punctuator {

    static final int SCAN_CHUNK = 1_000;

    private final ScheduleBook book;
    private final PlanRunner runner;
    private final FiringRules rules;
    private final Clock workClock;
    private final Timer duration;
    private int emitted;
    private Instant stopWorkAt;

    /** {@code workClock} measures how long a punctuation has worked; due times use the punctuation's own time. */
    DueScheduleFirer(ScheduleBook book, PlanRunner runner, FiringRules rules, Clock workClock, Timer duration) {
        this.book = book;
        this.runner = runner;
        this.rules = rules;
        this.workClock = workClock;
        this.duration = duration;
    }

    @Override
    public void punctuate(long timestamp) {
        duration.record(() -> fireDue(Instant.ofEpochMilli(timestamp)));
    }

    private void fireDue(Instant now) {
        emitted = 0;
        stopWorkAt = workClock.instant().plus(rules.maxPunctuationWork());
        Bytes after = null;
        List<Bytes> keys;
        do {
            keys = book.dueKeys(after, now, SCAN_CHUNK);
            for (int i = 0; i < keys.size() && hasBudget(); i++) {
                fire(keys.get(i), now);
            }
            after = keys.isEmpty() ? after : keys.get(keys.size() - 1);
        } while (keys.size() == SCAN_CHUNK && hasBudget());
    }

    private boolean hasBudget() {
        return emitted < rules.maxRecordsPerPunctuation() && workClock.instant().isBefore(stopWorkAt);
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
