package io.kairos.benchmarks.micro;

import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.schedule.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Nanoseconds per {@code nextAfter}: a cron in a zone with daylight saving time (evaluated across
 * the spring-forward gap and the autumn overlap), a cron in UTC, and a fixed interval.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScheduleEvaluation {

    private static final int INSTANTS = 1_024;

    private Schedule cronLondon;
    private Schedule cronUtc;
    private Schedule interval;
    private final Instant[] instants = new Instant[INSTANTS];
    private int next;

    @Setup
    public void setUp() {
        cronLondon = CronSchedule.parse("30 1 * * *", ZoneId.of("Europe/London"));
        cronUtc = CronSchedule.parse("*/5 * * * *", ZoneId.of("UTC"));
        interval = new IntervalSchedule(Duration.ofMinutes(15), Instant.parse("2026-01-01T00:00:00Z"));
        Instant springForward = Instant.parse("2026-03-28T00:00:00Z");
        for (int i = 0; i < INSTANTS; i++) {
            instants[i] = springForward.plus(Duration.ofMinutes(17L * i));
        }
        instants[INSTANTS - 1] = Instant.parse("2026-10-25T00:45:00Z");
    }

    private Instant nextInstant() {
        next = (next + 1) & (INSTANTS - 1);
        return instants[next];
    }

    @Benchmark
    public Optional<Instant> cronWithDaylightSaving() {
        return cronLondon.nextAfter(nextInstant());
    }

    @Benchmark
    public Optional<Instant> cronUtc() {
        return cronUtc.nextAfter(nextInstant());
    }

    @Benchmark
    public Optional<Instant> fixedInterval() {
        return interval.nextAfter(nextInstant());
    }
}
