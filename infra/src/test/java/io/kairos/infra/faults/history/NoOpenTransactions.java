package io.kairos.infra.faults.history;

import java.util.List;

/** No transaction is left open once the scenario has stopped: nothing blocks read_committed readers. */
final class NoOpenTransactions implements HistoryRule {

    static final String NAME = "no transaction left open";

    @Override
    public List<Violation> check(History history) {
        return history.openTransactions().stream()
                .map(transaction -> new Violation(NAME, transaction + " is still open"))
                .toList();
    }
}
