package io.kairos.infra.faults.history;

/** One broken guarantee found in a history: which rule, and what exactly it saw. */
public record Violation(String rule, String detail) {

    @Override
    public String toString() {
        return rule + ": " + detail;
    }
}
