package io.kairos.worker.ledger.topology;

import io.kairos.model.command.BackfillCommand;
import io.kairos.model.command.RunCommand;
import io.kairos.model.id.PipelineId;
import io.kairos.model.run.LedgerBeacon;
import io.kairos.model.run.RunEvent;
import io.kairos.model.run.RunRequest;
import io.kairos.worker.ledger.rules.BackfillEntry;
import io.kairos.worker.ledger.rules.Ledger;
import io.kairos.worker.ledger.rules.LedgerListener;
import io.kairos.worker.ledger.rules.LedgerSettings;
import io.kairos.worker.ledger.rules.RunEntry;
import io.kairos.worker.ledger.store.KafkaBackfillBook;
import io.kairos.worker.ledger.store.KafkaRunBook;
import io.kairos.worker.ledger.store.StoreNames;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin adapter between one ledger task and the {@link Ledger} rules: decoded inputs in, the
 * task's wall clock as the ledger's clock, a wall-clock punctuation for the deadlines that also writes
 * the task's beacon to its partition of run-events. A report's or beacon's record timestamp is the
 * broker's append time ({@code kairos.run-events} is {@code LogAppendTime}).
 */
final class LedgerProcessor implements Processor<PipelineId, Object, Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(LedgerProcessor.class);

    private final LedgerSettings settings;
    private final Duration sweepInterval;
    private final DoubleSupplier unitRandom;
    private final LedgerListener listener;
    private ProcessorContext<Object, Object> context;
    private Ledger ledger;
    private KafkaRunBook runBook;
    private Instant activeSince;

    LedgerProcessor(LedgerSettings settings, Duration sweepInterval, DoubleSupplier unitRandom, LedgerListener listener) {
        this.settings = settings;
        this.sweepInterval = sweepInterval;
        this.unitRandom = unitRandom;
        this.listener = listener;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        KeyValueStore<String, RunEntry> runs = context.getStateStore(StoreNames.RUNS);
        KeyValueStore<String, String> index = context.getStateStore(StoreNames.INDEX);
        KeyValueStore<String, Long> counters = context.getStateStore(StoreNames.COUNTERS);
        KeyValueStore<String, BackfillEntry> backfills = context.getStateStore(StoreNames.BACKFILLS);
        long reading = System.nanoTime();
        runBook = new KafkaRunBook(runs, index, counters);
        log.info("Ledger task {}: {} index keys of waiting and running runs read in {} ms", context.taskId(),
                runBook.liveKeyCount(), Duration.ofNanos(System.nanoTime() - reading).toMillis());
        ledger = new Ledger(runBook, new KafkaBackfillBook(backfills, index, runBook),
                new ForwardingOutput(context), listener, settings, unitRandom, sweepInterval);
        activeSince = now();
        LedgerBeacon beacon = new LedgerBeacon(context.taskId().partition());
        context.schedule(sweepInterval, PunctuationType.WALL_CLOCK_TIME, timestamp -> {
            try {
                ledger.sweep(Instant.ofEpochMilli(timestamp), activeSince);
            } finally {
                runBook.flush();
            }
            context.forward(new Record<Object, Object>(null, beacon, timestamp, beacon.headers()), NodeNames.BEACON_SINK);
        });
    }

    /** Applies one input to the ledger; the runs it moved are written to the stores once, when it is done. */
    @Override
    public void process(Record<PipelineId, Object> record) {
        try {
            apply(record);
        } finally {
            runBook.flush();
        }
    }

    private void apply(Record<PipelineId, Object> record) {
        Object value = record.value();
        if (value instanceof RunRequest request) {
            ledger.onRequest(request, now());
        } else if (value instanceof RunEvent event) {
            ledger.onEvent(event, Instant.ofEpochMilli(record.timestamp()), now());
        } else if (value instanceof RunCommand command) {
            ledger.onCommand(command, now());
        } else if (value instanceof BackfillCommand command) {
            ledger.onBackfillCommand(command, now());
        } else if (value instanceof LedgerBeacon) {
            ledger.onBeacon(Instant.ofEpochMilli(record.timestamp()));
        } else {
            throw new IllegalArgumentException("the ledger reads requests, events and commands, not " + value);
        }
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
