package io.kairos.model.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinition;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed cron expression evaluated on wall-clock time, with no time zone: cron-utils runs in UTC,
 * where every wall time exists exactly once, and {@link CronSchedule} maps wall times to instants
 * under its own DST rules.
 *
 * <p>Accepts the five Unix fields (minute hour day-of-month month day-of-week), six fields with
 * seconds first, and the macros of {@link #MACROS}. Day-of-month and day-of-week follow Unix rules:
 * when both are restricted, a day matching either fires.
 */
final class CronExpression {

    static final Map<String, String> MACROS = Map.of(
            "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *",
            "@monthly", "0 0 1 * *",
            "@weekly", "0 0 * * 0",
            "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *",
            "@hourly", "0 * * * *");
    static final List<String> UNIX_FIELDS = List.of("minute", "hour", "day-of-month", "month", "day-of-week");
    static final List<String> FIELDS_WITH_SECONDS =
            List.of("second", "minute", "hour", "day-of-month", "month", "day-of-week");

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser WITH_SECONDS = new CronParser(secondsFirstUnix());
    private static final LocalDateTime NEVER_FIRES_PROBE = LocalDateTime.of(2000, 1, 1, 0, 0);

    /** The most distinct expressions kept parsed; past it the memo starts afresh. */
    static final int MAX_PARSED = 10_000;
    private static final Map<String, CronExpression> PARSED = new ConcurrentHashMap<>();

    private final ExecutionTime executionTime;
    private final boolean fixedTime;
    private volatile NextWallTime lastAnswer;

    private CronExpression(ExecutionTime executionTime, boolean fixedTime) {
        this.executionTime = executionTime;
        this.fixedTime = fixedTime;
    }

    /**
     * Parses {@code text}; a refusal is a {@link ScheduleException} with a message for people.
     * Parsed expressions are immutable and kept by their text, so the many pipelines that share an
     * expression, and every read of a pipeline's stored state, parse it once.
     */
    static CronExpression parse(String text) {
        CronExpression known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        CronExpression parsed = parseUncached(text);
        if (PARSED.size() >= MAX_PARSED) {
            PARSED.clear();
        }
        PARSED.put(text, parsed);
        return parsed;
    }

    private static CronExpression parseUncached(String text) {
        String[] fields = CronFields.split(text);
        boolean withSeconds = fields.length == FIELDS_WITH_SECONDS.size();
        CronParser parser = withSeconds ? WITH_SECONDS : UNIX;
        List<String> names = withSeconds ? FIELDS_WITH_SECONDS : UNIX_FIELDS;
        Cron cron = CronFields.parse(parser, fields, names);
        ExecutionTime executionTime = ExecutionTime.forCron(cron);
        if (executionTime.nextExecution(NEVER_FIRES_PROBE.atZone(ZoneOffset.UTC)).isEmpty()) {
            throw new ScheduleException("never fires: no calendar date matches its day-of-month and month");
        }
        return new CronExpression(executionTime, CronFields.isFixedTime(fields, withSeconds));
    }

    /**
     * Whether every time-of-day field (second, minute, hour) names fixed values: {@code 30 2 * * *}
     * and {@code @daily} are fixed-time, {@code 0 * * * *} and {@code *}{@code /15 9-17 * * *} are not.
     */
    boolean isFixedTime() {
        return fixedTime;
    }

    /**
     * The first matching wall time strictly after {@code wall}, or empty when none follows. The last
     * answer is kept: the pipelines that share an expression are due together and ask the same question.
     */
    Optional<LocalDateTime> nextWallTimeAfter(LocalDateTime wall) {
        LocalDateTime from = wall.truncatedTo(ChronoUnit.SECONDS);
        NextWallTime known = lastAnswer;
        if (known != null && known.after().equals(from)) {
            return known.next();
        }
        Optional<LocalDateTime> next = executionTime.nextExecution(from.atZone(ZoneOffset.UTC))
                .map(ZonedDateTime::toLocalDateTime);
        lastAnswer = new NextWallTime(from, next);
        return next;
    }

    private record NextWallTime(LocalDateTime after, Optional<LocalDateTime> next) {
    }

    private static CronDefinition secondsFirstUnix() {
        return CronDefinitionBuilder.defineCron()
                .withSeconds().withStrictRange().and()
                .withMinutes().withStrictRange().and()
                .withHours().withStrictRange().and()
                .withDayOfMonth().withStrictRange().and()
                .withMonth().withStrictRange().and()
                .withDayOfWeek().withValidRange(0, 7).withMondayDoWValue(1).withIntMapping(7, 0).withStrictRange().and()
                .instance();
    }
}
