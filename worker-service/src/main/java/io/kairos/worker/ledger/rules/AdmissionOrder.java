package io.kairos.worker.ledger.rules;

import java.util.Comparator;

/** The order in which a pipeline's waiting runs are admitted: higher priority first, then earlier scheduled time, then run id. */
public final class AdmissionOrder {

    public static final Comparator<RunEntry> COMPARATOR = Comparator
            .comparingInt((RunEntry e) -> -e.request().priority())
            .thenComparing(e -> e.request().scheduledFor())
            .thenComparing(RunEntry::runId);

    private AdmissionOrder() {
    }
}
