package io.kairos.trigger.schedule;

import io.kairos.model.run.Origin;
import io.kairos.model.run.SkipReason;
import java.util.Objects;

/**
 * What happens to one due scheduled time: it fires, or it is recorded as skipped with a reason.
 *
 * @param skipReason null when it fires
 */
public record Verdict(Origin origin, SkipReason skipReason) {

    public static final Verdict FIRE_ON_TIME = new Verdict(Origin.SCHEDULE, null);
    public static final Verdict FIRE_CATCHUP = new Verdict(Origin.CATCHUP, null);

    public Verdict {
        Objects.requireNonNull(origin, "origin");
    }

    public static Verdict skip(Origin origin, SkipReason reason) {
        return new Verdict(origin, Objects.requireNonNull(reason, "reason"));
    }

    public boolean fires() {
        return skipReason == null;
    }
}
