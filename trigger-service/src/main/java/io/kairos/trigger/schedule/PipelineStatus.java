package io.kairos.trigger.schedule;

/** Where a pipeline stands in the trigger, for the pipelines-by-state gauge. */
public enum PipelineStatus {
    /** Has a next scheduled time and is not paused. */
    SCHEDULED,
    /** Paused: its scheduled times wait for the resume and its catch-up policy. */
    PAUSED,
    /** Fires no more: no schedule, or a once schedule that has fired. */
    IDLE;

    public String tagValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
