package io.kairos.model.run;

import io.kairos.model.id.RunId;

/** A transition that the run's state does not allow; names the run, its state and the transition. */
public final class IllegalRunTransitionException extends IllegalStateException {

    private final RunId runId;
    private final RunState state;
    private final RunTransition transition;

    public IllegalRunTransitionException(RunId runId, RunState state, RunTransition transition) {
        super("run " + runId + ": " + transition.getClass().getSimpleName() + " is not allowed in state " + state);
        this.runId = runId;
        this.state = state;
        this.transition = transition;
    }

    public RunId runId() {
        return runId;
    }

    public RunState state() {
        return state;
    }

    public RunTransition transition() {
        return transition;
    }
}
