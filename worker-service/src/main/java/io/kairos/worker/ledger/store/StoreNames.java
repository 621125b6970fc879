package io.kairos.worker.ledger.store;

/** The ledger's state stores; their changelogs are {@code <application.id>-<name>-changelog}. */
public final class StoreNames {

    /** One entry per run, keyed by run id. */
    public static final String RUNS = "ledger-runs";
    /** Sorted index keys derived from the runs: waiting and active runs per pipeline, runs by pipeline, state and time, deadlines. */
    public static final String INDEX = "ledger-index";
    /** Counters kept in step with every change, so a status query never scans runs. */
    public static final String COUNTERS = "ledger-counters";

    /** One entry per backfill, keyed by backfill id: its definition and whether its runs may start. */
    public static final String BACKFILLS = "ledger-backfills";

    private StoreNames() {
    }
}
