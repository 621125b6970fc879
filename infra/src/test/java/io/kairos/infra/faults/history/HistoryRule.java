package io.kairos.infra.faults.history;

import java.util.List;

/** One guarantee judged on a whole recorded history. */
interface HistoryRule {

    List<Violation> check(History history);
}
