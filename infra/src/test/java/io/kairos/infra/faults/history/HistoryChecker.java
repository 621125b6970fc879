package io.kairos.infra.faults.history;

import io.kairos.model.serde.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Judges a recorded history against Kairos's guarantees: firing exactly once, one final state per run,
 * no open transaction, repeats only where a fault or release excuses them, slots never exceeded,
 * superseded attempts fenced, no attempt dispatched twice, and a store that matches a replay of its inputs.
 */
public final class HistoryChecker {

    private static final List<HistoryRule> RULES = List.of(new EveryScheduledTimeOnce(), new OneFinalStatePerRun(),
            new NoOpenTransactions(), new DuplicatesBoundedByFaults(), new SlotsNeverExceeded(),
            new FencedReportsRefused(), new NoAttemptDispatchedTwice(), new StoreMatchesReplay());

    private HistoryChecker() {
    }

    /** Every broken guarantee; empty when the history keeps them all. */
    public static List<Violation> violations(History history) {
        return RULES.stream().flatMap(rule -> rule.check(history).stream()).toList();
    }

    /** Fails with every violation listed when the history breaks a guarantee; the history is kept in {@code dir}. */
    public static void assertKeepsGuarantees(History history, Path dir) throws IOException {
        Files.createDirectories(dir);
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("history.json").toFile(), history);
        assertKeepsGuarantees(history);
    }

    /** Fails with every violation listed when the history breaks a guarantee. */
    public static void assertKeepsGuarantees(History history) {
        List<Violation> violations = violations(history);
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " guarantee(s) broken:\n  "
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }
}
