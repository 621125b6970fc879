package io.kairos.worker.ledger.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * The ledger ordered the worker of a running attempt to stop; the run ends when the worker answers
 * or at {@code deadline}, whichever comes first.
 *
 * @param timedOut true when the run passed its timeout (it ends TIMED_OUT), false for a cancel
 * @param reason   the reason the run ends with
 */
public record StopRequest(boolean timedOut, String reason, Instant deadline) {

    public static final String TIMEOUT = "timeout";
    public static final String CANCEL = "cancel";

    public StopRequest {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deadline, "deadline");
    }

    public static StopRequest timeout(Instant deadline) {
        return new StopRequest(true, TIMEOUT, deadline);
    }

    public static StopRequest cancel(String reason, Instant deadline) {
        return new StopRequest(false, reason, deadline);
    }

    /** The reason written on the order to the worker, which it echoes in its {@code RunCancelled}. */
    public String orderReason() {
        return timedOut ? TIMEOUT : CANCEL;
    }
}
