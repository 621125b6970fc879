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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The ledger's meters: counters of what it did, time spent per state, start lag, and runs by state
 * read from the local stores. Tags are bounded (state, lane, origin, reason, outcome); never a run id.
 */
public final class LedgerMetrics implements LedgerListener {

    public static final String DEAD_LETTERS = "kairos.dead.letters";
    private static final Duration LAG_MIN = Duration.ofMillis(1);
    private static final Duration LAG_MAX = Duration.ofMinutes(10);

    private final MeterRegistry registry;
    private final Counter failedRuns;
    private final Counter unreadable;
    /** The meters of every transition, looked up once per state instead of once per move. */
    private final Map<RunState, Timer> stateDurations = new ConcurrentHashMap<>();
    private final Map<RunState, Counter> transitions = new ConcurrentHashMap<>();

    public LedgerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.failedRuns = deadLetterCounter("failed-run");
        this.unreadable = deadLetterCounter("unreadable");
        staleRecoveries("requeued");
        staleRecoveries("failed");
    }

    private Counter staleRecoveries(String outcome) {
        return counter("kairos.ledger.stale.recoveries", "Running attempts whose heartbeats stopped", "outcome", outcome);
    }

    private Counter deadLetterCounter(String reason) {
        return Counter.builder(DEAD_LETTERS).description("Records sent to the dead-letter topic")
                .tag("service", "ledger").tag("reason", reason).register(registry);
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
        stateDurations.computeIfAbsent(from, state -> Timer.builder("kairos.ledger.state.duration")
                .description("Time a run spent in a state before leaving it").tag("state", state.name())
                .register(registry)).record(timeInState);
        transitions.computeIfAbsent(to, state -> counter("kairos.ledger.transitions", "Runs moved into a state", "to",
                state.name())).increment();
    }

    @Override
    public void started(RunEntry entry, Duration sinceDue) {
        Timer.builder("kairos.ledger.start.lag")
                .description("From when a run became due (scheduled or not-before time) to its first attempt's start")
                .tag("lane", entry.request().lane().wireName()).tag("origin", entry.request().origin().wireName())
                .publishPercentileHistogram().minimumExpectedValue(LAG_MIN).maximumExpectedValue(LAG_MAX)
                .register(registry).record(sinceDue.isNegative() ? Duration.ZERO : sinceDue);
    }

    @Override
    public void admitted(RunEntry entry) {
        counter("kairos.ledger.admissions", "Attempts dispatched to a lane", "lane",
                entry.request().lane().wireName()).increment();
    }

    @Override
    public void skipped(SkipReason reason) {
        counter("kairos.ledger.skips", "Runs skipped", "reason", reason.wireName()).increment();
    }

    @Override
    public void duplicateRequest() {
        Counter.builder("kairos.ledger.requests.duplicate").description("Requests for a run id already held, dropped")
                .register(registry).increment();
    }

    @Override
    public void retried(RunEntry entry) {
        Counter.builder("kairos.ledger.retries").description("Failed attempts scheduled again after their backoff")
                .register(registry).increment();
    }

    @Override
    public void staleRecovered(boolean requeued) {
        staleRecoveries(requeued ? "requeued" : "failed").increment();
    }

    @Override
    public void staleDeferred() {
        Counter.builder("kairos.ledger.stale.deferred")
                .description("Staleness checks put off because the reports' partition had not flowed staleAfter since the attempt's last report")
                .register(registry).increment();
    }

    @Override
    public void fenced(String why) {
        counter("kairos.ledger.events.fenced", "Events of superseded attempts or other workers", "reason", why)
                .increment();
    }

    @Override
    public void ignored(String why) {
        counter("kairos.ledger.events.ignored", "Events or commands for ended, unknown or wrong-state runs",
                "reason", why).increment();
    }

    @Override
    public void deadLettered(RunEntry entry) {
        failedRuns.increment();
    }

    @Override
    public void unreadable() {
        unreadable.increment();
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }
}
