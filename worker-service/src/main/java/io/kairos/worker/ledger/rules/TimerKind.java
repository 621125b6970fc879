package io.kairos.worker.ledger.rules;

/** The ledger's own deadlines on a run, each kept in a time-ordered index so a sweep reads only what is due. */
public enum TimerKind {
    /** A stop order's grace period ends: the run ends without its worker's answer. */
    GRACE,
    /** A running attempt passes its timeout: its worker gets a cancel order. */
    TIMEOUT,
    /** A running attempt's heartbeats stopped for longer than its staleAfter. */
    STALE,
    /** A SCHEDULED run's notBefore or retry backoff ends. */
    DUE,
    /** A terminal run's retention ends: it leaves the store. */
    PURGE
}
