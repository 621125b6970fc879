package io.kairos.model.schedule;

import com.cronutils.model.Cron;
import com.cronutils.parser.CronParser;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cron expression into fields and turns cron-utils' refusals into messages that name the
 * field: {@code minute must be between 0 and 59} rather than {@code Value 61 not in range [0, 59]}.
 */
final class CronFields {

    private static final Pattern OUT_OF_RANGE = Pattern.compile("Value (\\S+) not in range \\[(-?\\d+), (-?\\d+)]");
    private static final Pattern BAD_STEP = Pattern.compile("Period (\\S+) not in range \\[(-?\\d+), (-?\\d+)]");
    private static final Pattern BACKWARDS_RANGE = Pattern.compile("Invalid range! \\[(\\S+),(\\S+)]");

    private CronFields() {
    }

    /** The fields of {@code text} with macros expanded; refuses a blank text, unknown macro or wrong count. */
    static String[] split(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new ScheduleException("is empty; expected a cron expression such as \"0 * * * *\" or @daily");
        }
        if (trimmed.startsWith("@")) {
            return expandMacro(trimmed).split(" ");
        }
        String[] fields = trimmed.split("\\s+");
        if (fields.length != CronExpression.UNIX_FIELDS.size() && fields.length != CronExpression.FIELDS_WITH_SECONDS.size()) {
            throw new ScheduleException("expected 5 fields (minute hour day-of-month month day-of-week), "
                    + "6 with seconds, or a macro such as @daily; got " + fields.length);
        }
        return fields;
    }

    /** Parses the fields; when cron-utils refuses, finds the field at fault and explains it. */
    static Cron parse(CronParser parser, String[] fields, List<String> names) {
        try {
            return parser.parse(String.join(" ", fields));
        } catch (IllegalArgumentException whole) {
            for (int i = 0; i < fields.length; i++) {
                String problem = problemOf(parser, fields, i, names.get(i));
                if (problem != null) {
                    throw new ScheduleException(problem);
                }
            }
            throw new ScheduleException("is not a valid cron expression");
        }
    }

    /** Whether no time-of-day field starts with {@code *}: see {@link CronExpression#isFixedTime()}. */
    static boolean isFixedTime(String[] fields, boolean withSeconds) {
        int timeOfDayFields = withSeconds ? 3 : 2;
        return Arrays.stream(fields, 0, timeOfDayFields).noneMatch(field -> field.startsWith("*"));
    }

    private static String expandMacro(String macro) {
        String expansion = CronExpression.MACROS.get(macro.toLowerCase(java.util.Locale.ROOT));
        if (expansion == null) {
            throw new ScheduleException("unknown macro " + macro
                    + "; use @hourly, @daily, @midnight, @weekly, @monthly, @yearly or @annually");
        }
        return expansion;
    }

    /** The message for field {@code index} alone, with every other field a wildcard; null when it parses. */
    private static String problemOf(CronParser parser, String[] fields, int index, String name) {
        String[] probe = new String[fields.length];
        Arrays.fill(probe, "*");
        probe[index] = fields[index];
        try {
            parser.parse(String.join(" ", probe));
            return null;
        } catch (IllegalArgumentException e) {
            return explain(name, fields[index], String.valueOf(e.getMessage()));
        }
    }

    private static String explain(String name, String field, String cronUtilsMessage) {
        Matcher range = OUT_OF_RANGE.matcher(cronUtilsMessage);
        if (range.find()) {
            return name + " must be between " + range.group(2) + " and " + range.group(3);
        }
        Matcher step = BAD_STEP.matcher(cronUtilsMessage);
        if (step.find()) {
            return name + " step must be between 1 and " + step.group(3);
        }
        Matcher backwards = BACKWARDS_RANGE.matcher(cronUtilsMessage);
        if (backwards.find()) {
            return name + " range " + backwards.group(1) + "-" + backwards.group(2) + " must go from low to high";
        }
        return name + " \"" + field + "\" is not a number, name, range (1-5), list (1,3) or step (*/5)";
    }
}
