package io.kairos.model.spec;

import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.DstGapPolicy;
import io.kairos.model.schedule.DstOverlapPolicy;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.schedule.OnceSchedule;
import io.kairos.model.schedule.Schedule;
import io.kairos.model.schedule.ScheduleException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code schedule} block: exactly one of {@code cron} (with optional {@code onDstGap} and
 * {@code onDstOverlap}), {@code interval} (with optional {@code anchor}) or {@code once}.
 */
final class ScheduleSpecReader {

    static final Set<String> FIELDS = Set.of("cron", "onDstGap", "onDstOverlap", "interval", "anchor", "once");
    private static final List<String> KINDS = List.of("cron", "interval", "once");

    private ScheduleSpecReader() {
    }

    static Optional<Schedule> read(SpecObject schedule, ZoneId zone) {
        schedule.refuseUnknownFields(FIELDS);
        List<String> kinds = KINDS.stream().filter(schedule::has).toList();
        if (kinds.size() != 1) {
            schedule.problems().add(schedule.path(), kinds.isEmpty()
                    ? "expected one of cron, interval or once"
                    : "give only one of cron, interval or once, got " + String.join(" and ", kinds));
            return Optional.empty();
        }
        refuseMisplaced(schedule, kinds.get(0));
        return switch (kinds.get(0)) {
            case "cron" -> cron(schedule, zone);
            case "interval" -> interval(schedule);
            default -> schedule.instant("once").map(OnceSchedule::new);
        };
    }

    private static Optional<Schedule> cron(SpecObject schedule, ZoneId zone) {
        DstGapPolicy gap = schedule.choice("onDstGap", DstGapPolicy.values()).orElse(CronSchedule.DEFAULT_GAP_POLICY);
        DstOverlapPolicy overlap = schedule.choice("onDstOverlap", DstOverlapPolicy.values())
                .orElse(CronSchedule.DEFAULT_OVERLAP_POLICY);
        return schedule.text("cron").flatMap(expression -> {
            try {
                return Optional.of(CronSchedule.parse(expression, zone, gap, overlap));
            } catch (ScheduleException e) {
                schedule.refuse("cron", expression, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private static Optional<Schedule> interval(SpecObject schedule) {
        Optional<Duration> every = schedule.duration("interval").filter(d -> atLeastOneSecond(schedule, d));
        var anchor = schedule.has("anchor") ? schedule.instant("anchor") : Optional.of(IntervalSchedule.DEFAULT_ANCHOR);
        if (every.isEmpty() || anchor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IntervalSchedule(every.get(), anchor.get()));
    }

    private static boolean atLeastOneSecond(SpecObject schedule, Duration every) {
        if (every.compareTo(IntervalSchedule.MIN_EVERY) < 0) {
            schedule.refuse("interval", every.toString(), "must be at least PT1S");
            return false;
        }
        return true;
    }

    /** {@code anchor} belongs to interval, the DST policies to cron. */
    private static void refuseMisplaced(SpecObject schedule, String kind) {
        if (!kind.equals("interval") && schedule.has("anchor")) {
            schedule.problems().add(schedule.pathOf("anchor"), "only applies to interval schedules");
        }
        for (String policy : List.of("onDstGap", "onDstOverlap")) {
            if (!kind.equals("cron") && schedule.has(policy)) {
                schedule.problems().add(schedule.pathOf(policy), "only applies to cron schedules");
            }
        }
    }
}
