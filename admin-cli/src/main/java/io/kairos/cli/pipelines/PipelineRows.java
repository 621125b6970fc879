package io.kairos.cli.pipelines;

import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.schedule.OnceSchedule;
import io.kairos.model.schedule.Schedule;
import io.kairos.model.spec.PipelineSpec;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** A pipeline as one row of {@code pipelines list}. */
final class PipelineRows {

    private PipelineRows() {
    }

    static Map<String, Object> row(PipelineSpec spec) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("pipeline", spec.id().value());
        row.put("schedule", spec.scheduleIfAny().map(PipelineRows::schedule).orElse("(on demand)"));
        row.put("timezone", spec.timezone().equals(ZoneOffset.UTC) ? "UTC" : spec.timezone().getId());
        row.put("paused", spec.paused());
        row.put("priority", spec.priority());
        row.put("queue", spec.queue());
        row.put("executor", spec.executor().type());
        return row;
    }

    static String schedule(Schedule schedule) {
        if (schedule instanceof CronSchedule cron) {
            return "cron " + cron.expression();
        }
        if (schedule instanceof IntervalSchedule interval) {
            return "every " + interval.every();
        }
        return "once " + ((OnceSchedule) schedule).at();
    }
}
