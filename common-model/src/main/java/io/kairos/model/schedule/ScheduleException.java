package io.kairos.model.schedule;

/**
 * A schedule that cannot be built, with a message meant for the person who wrote it. The message
 * names the part that is wrong but neither the field path nor the expression: the caller adds those,
 * as in {@code schedule.cron: "61 * * * *": minute must be between 0 and 59}.
 */
public class ScheduleException extends IllegalArgumentException {

    public ScheduleException(String message) {
        super(message);
    }
}
