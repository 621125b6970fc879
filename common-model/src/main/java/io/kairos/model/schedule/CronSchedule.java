package io.kairos.model.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires when the wall clock of {@code zone} matches a cron expression.
 *
 * <p><b>Syntax.</b> Five Unix fields ({@code minute hour day-of-month month day-of-week}), six fields
 * with seconds first ({@code second minute hour day-of-month month day-of-week}, Unix day rules), or
 * a macro: {@code @hourly @daily @midnight @weekly @monthly @yearly @annually}. Fields take numbers,
 * names ({@code JAN}, {@code MON}), ranges, lists and steps; day-of-week 0 and 7 are both Sunday; when
 * both day-of-month and day-of-week are restricted, a day matching either fires (as in Unix cron).
 *
 * <p><b>Daylight saving time.</b> Expressions are evaluated on local wall time, then each matched wall
 * time is turned into instants. Which rule applies depends on the kind of expression:
 * <ul>
 *   <li><b>Fixed-time</b> expressions, whose second, minute and hour fields hold no {@code *} (such as
 *   {@code 30 2 * * *}, {@code 0 9 * * 1-5}, {@code @daily}), name moments of the day, and follow the
 *   two policies:
 *   <ul>
 *     <li>a wall time that does not exist because clocks spring forward fires at the first instant
 *     after the gap with {@link DstGapPolicy#SHIFT} (the default; {@code 30 2 * * *} in New York on
 *     2026-03-08 fires at 03:00 EDT), and not at all with {@link DstGapPolicy#SKIP};</li>
 *     <li>a wall time that happens twice because clocks fall back fires once, at its first
 *     occurrence, with {@link DstOverlapPolicy#FIRST} (the default; {@code 30 1 * * *} in New York on
 *     2026-11-01 fires at 01:30 EDT only), and at both occurrences with {@link DstOverlapPolicy#BOTH}.</li>
 *   </ul></li>
 *   <li><b>Repeating</b> expressions, with a {@code *} in the second, minute or hour field (such as
 *   {@code 0 * * * *}, {@code *}{@code /15 * * * *}, {@code @hourly}, {@code *}{@code /5 9-17 * * *}),
 *   follow the clock as it is shown, which keeps them regular in elapsed time: wall times inside a gap
 *   do not fire (the clock never shows them) and wall times that happen twice fire at both
 *   occurrences. {@code 0 * * * *} therefore fires every 60 minutes of real time through both
 *   transitions. The two policies do not apply to them.</li>
 * </ul>
 * This is the rule of Vixie cron, the cron of most Linux systems.
 *
 * <p>Instances are immutable and cheap to query: the expression is parsed once, and
 * {@link #nextAfter(Instant)} costs a few microseconds. Equality compares the source form
 * (expression text, zone, policies).
 */
public final class CronSchedule implements Schedule {

    public static final DstGapPolicy DEFAULT_GAP_POLICY = DstGapPolicy.SHIFT;
    public static final DstOverlapPolicy DEFAULT_OVERLAP_POLICY = DstOverlapPolicy.FIRST;
    private static volatile LatestAnswer lastLatest;

    private final String expression;
    private final ZoneId zone;
    private final DstGapPolicy gapPolicy;
    private final DstOverlapPolicy overlapPolicy;
    private final CronExpression cron;
    private final WallTimeResolver resolver;

    private CronSchedule(String expression, ZoneId zone, DstGapPolicy gap, DstOverlapPolicy overlap) {
        this.expression = expression;
        this.zone = zone;
        this.gapPolicy = gap;
        this.overlapPolicy = overlap;
        this.cron = CronExpression.parse(expression);
        this.resolver = new WallTimeResolver(zone, cron.isFixedTime(), gap, overlap);
    }

    /**
     * Parses {@code expression} for {@code zone}.
     *
     * @throws ScheduleException when the expression is not valid or never fires; the message names
     *         the part at fault, as in {@code minute must be between 0 and 59}
     */
    public static CronSchedule parse(String expression, ZoneId zone, DstGapPolicy gap, DstOverlapPolicy overlap) {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(overlap, "overlap");
        return new CronSchedule(expression == null ? "" : expression.trim(), zone, gap, overlap);
    }

    /** Parses {@code expression} for {@code zone} with the default DST policies. */
    public static CronSchedule parse(String expression, ZoneId zone) {
        return parse(expression, zone, DEFAULT_GAP_POLICY, DEFAULT_OVERLAP_POLICY);
    }

    public String expression() {
        return expression;
    }

    public ZoneId zone() {
        return zone;
    }

    public DstGapPolicy gapPolicy() {
        return gapPolicy;
    }

    public DstOverlapPolicy overlapPolicy() {
        return overlapPolicy;
    }

    /** Whether the DST policies apply: see the class description. */
    public boolean isFixedTime() {
        return cron.isFixedTime();
    }

    @Override
    public Optional<Instant> nextAfter(Instant instant) {
        LocalDateTime wall = resolver.earliestWallTimeFiringAfter(instant);
        Instant earliest = null;
        while (earliest == null || laterWallTimesCanFireBefore(wall, instant, earliest)) {
            Optional<LocalDateTime> next = cron.nextWallTimeAfter(wall);
            if (next.isEmpty()) {
                break;
            }
            wall = next.get();
            for (Instant fire : resolver.instantsOf(wall)) {
                if (fire.isAfter(instant) && (earliest == null || fire.isBefore(earliest))) {
                    earliest = fire;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }

    /**
     * The last answer is kept: the pipelines that share a schedule and catch up together (after an
     * outage, or a burst running late) ask the same question, and each answer is a search.
     */
    @Override
    public Optional<Instant> latestAtOrBefore(Instant instant) {
        LatestAnswer known = lastLatest;
        if (known != null && known.at().equals(instant) && known.schedule().equals(this)) {
            return known.latest();
        }
        Optional<Instant> latest = LatestFireSearch.latestAtOrBefore(this, instant);
        lastLatest = new LatestAnswer(this, instant, latest);
        return latest;
    }

    private record LatestAnswer(CronSchedule schedule, Instant at, Optional<Instant> latest) {
    }

    /**
     * Whether a wall time after {@code wall} can still fire before {@code earliest}. Around a fall
     * back, a later wall time can fire earlier: 01:15 EST comes after 01:45 EDT.
     */
    private boolean laterWallTimesCanFireBefore(LocalDateTime wall, Instant from, Instant earliest) {
        ZoneOffset largest = resolver.largestOffsetBetween(from, earliest);
        return wall.toInstant(largest).isBefore(earliest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CronSchedule that
                && expression.equals(that.expression)
                && zone.equals(that.zone)
                && gapPolicy == that.gapPolicy
                && overlapPolicy == that.overlapPolicy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression, zone, gapPolicy, overlapPolicy);
    }

    @Override
    public String toString() {
        return "cron \"" + expression + "\" in " + zone + " (gap " + gapPolicy + ", overlap " + overlapPolicy + ")";
    }
}
