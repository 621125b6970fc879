package io.kairos.model.spec;

import java.util.List;
import java.util.stream.Collectors;

/** A pipeline spec that was refused, with every problem found in it. */
public class InvalidSpecException extends IllegalArgumentException {

    private final transient List<SpecProblem> problems;

    public InvalidSpecException(List<SpecProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems: an invalid spec has at least one");
        }
        this.problems = List.copyOf(problems);
    }

    /** The problems in document order. */
    public List<SpecProblem> problems() {
        return problems;
    }

    private static String describe(List<SpecProblem> problems) {
        String header = problems.size() == 1 ? "invalid pipeline spec: " : "invalid pipeline spec, " + problems.size() + " problems:\n  ";
        return header + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n  "));
    }
}
