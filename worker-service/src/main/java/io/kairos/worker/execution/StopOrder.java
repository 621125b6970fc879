package io.kairos.worker.execution;

import java.util.Objects;

/** Why a running attempt is being stopped, which decides what is reported about it. */
public record StopOrder(Kind kind, String reason) {

    public enum Kind {
        /** Report {@code RunCancelled} with the reason. */
        CANCEL,
        /** Superseded: report nothing. */
        FENCE,
        /** Given back unfinished at the end of a drain: report {@code RunReleased}. */
        RELEASE
    }

    public StopOrder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    public static StopOrder cancel(String reason) {
        return new StopOrder(Kind.CANCEL, reason);
    }

    public static StopOrder fence() {
        return new StopOrder(Kind.FENCE, "fenced");
    }

    public static StopOrder release() {
        return new StopOrder(Kind.RELEASE, "released");
    }
}
