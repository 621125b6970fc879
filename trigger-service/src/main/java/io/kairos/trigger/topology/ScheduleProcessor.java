package io.kairos.trigger.topology;

import io.kairos.model.id.PipelineId;
import io.kairos.model.run.RunRequest;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.trigger.schedule.DueTimePlanner;
import io.kairos.trigger.schedule.FiringRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trigger's one processor: applies spec changes as they arrive and fires due schedules on a
 * wall-clock punctuation. Time is the processor context's wall clock.
 */
final class ScheduleProcessor implements Processor<PipelineId, PipelineSpec, PipelineId, RunRequest> {

    private static final Logger log = LoggerFactory.getLogger(ScheduleProcessor.class);

    private final FiringRules rules;
    private final DueTimePlanner planner;
    private final Duration punctuationInterval;
    private final TriggerMetrics metrics;
    private final Clock workClock;
    private final int specCacheSize;
    private ProcessorContext<PipelineId, RunRequest> context;
    private SpecChangeApplier changes;
    private TaskId task;

    ScheduleProcessor(FiringRules rules, Duration punctuationInterval, TriggerMetrics metrics, Clock workClock,
                      int specCacheSize) {
        this.workClock = workClock;
        this.specCacheSize = specCacheSize;
        this.rules = rules;
        this.planner = new DueTimePlanner(rules);
        this.punctuationInterval = punctuationInterval;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<PipelineId, RunRequest> context) {
        this.context = context;
        this.task = context.taskId();
        ScheduleBook book = new ScheduleBook(context.getStateStore(TriggerStores.SPECS), context.getStateStore(TriggerStores.SCHEDULES),
                new SpecCache(specCacheSize),
                context.getStateStore(TriggerStores.DUE_INDEX), context.getStateStore(TriggerStores.PIPELINE_COUNTS),
                metrics.census().countsOf(task));
        indexPipelines(book);
        PlanRunner runner = new PlanRunner(planner, new RequestEmitter(context, metrics));
        changes = new SpecChangeApplier(book, runner);
        context.schedule(punctuationInterval, PunctuationType.WALL_CLOCK_TIME,
                new DueScheduleFirer(book, runner, rules, workClock, metrics.punctuation()));
    }

    private void indexPipelines(ScheduleBook book) {
        Instant start = workClock.instant();
        int indexed = book.rebuildIndex();
        log.info("Task {} indexed the due times of {} pipelines in {} ms", task, indexed,
                Duration.between(start, workClock.instant()).toMillis());
    }

    @Override
    public void process(Record<PipelineId, PipelineSpec> record) {
        changes.apply(record.key(), record.value(), Instant.ofEpochMilli(context.currentSystemTimeMs()));
    }

    @Override
    public void close() {
        metrics.census().forget(task);
    }
}
