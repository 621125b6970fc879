package io.kairos.worker.ledger.service;

import io.kairos.model.run.RunState;
import io.kairos.model.run.SkipReason;
import io.kairos.worker.ledger.query.LocalLedger;
import io.kairos.worker.ledger.rules.LedgerListener;
import io.kairos.worker.ledger.rules.RunEntry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/** The ledger's meters: counters of what it did, time spent per state, and runs by state read from the local stores. */
public final class LedgerMetrics implements LedgerListener {

    private final MeterRegistry registry;

    public LedgerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Gauges {@code kairos.ledger.runs{state}} over this instance's partitions. */
    public void bindRunsByState(LocalLedger local, Clock clock) {
        for (RunState state : RunState.values()) {
            Gauge.builder("kairos.ledger.runs", local, l -> runs(l, state, clock))
                    .description("Runs held by this instance's partitions, by state")
                    .tag("state", state.name()).register(registry);
        }
    }

    private static double runs(LocalLedger local, RunState state, Clock clock) {
        try {
            return local.status(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).runs(state);
        } catch (InvalidStateStoreException e) {
            return Double.NaN;
        }
    }

    @Override
    public void moved(RunState from, RunState to, Duration timeInState) {
        Timer.builder("kairos.ledger.state.duration").description("Time a run spent in a state before leaving it")
                .tag("state", from.name()).register(registry).record(timeInState);
        counter("kairos.ledger.transitions", "to", to.name()).increment();
    }

    @Override
    public void admitted(RunEntry entry) {
        counter("kairos.ledger.admissions", "lane", entry.request().lane().wireName()).increment();
    }

    @Override
    public void skipped(SkipReason reason) {
        counter("kairos.ledger.skips", "reason", reason.wireName()).increment();
    }

    @Override
    public void duplicateRequest() {
        registry.counter("kairos.ledger.requests.duplicate").increment();
    }

    @Override
    public void retried(RunEntry entry) {
        registry.counter("kairos.ledger.retries").increment();
    }

    @Override
    public void staleRecovered(boolean requeued) {
        counter("kairos.ledger.stale.recoveries", "outcome", requeued ? "requeued" : "failed").increment();
    }

    @Override
    public void fenced(String why) {
        counter("kairos.ledger.events.fenced", "reason", why).increment();
    }

    @Override
    public void ignored(String why) {
        counter("kairos.ledger.events.ignored", "reason", why).increment();
    }

    @Override
    public void deadLettered(RunEntry entry) {
        registry.counter("kairos.ledger.dead.letters").increment();
    }

    private Counter counter(String name, String tag, String value) {
        return registry.counter(name, tag, value);
    }
}
