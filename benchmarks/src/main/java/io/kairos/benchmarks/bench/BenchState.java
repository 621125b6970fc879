package io.kairos.benchmarks.bench;

/** What one scenario finds that a later one in the same invocation uses: the sustained rate. */
public final class BenchState {

    private int sustainedRate;

    public int sustainedRate() {
        return sustainedRate;
    }

    public void sustainedRate(int rate) {
        this.sustainedRate = rate;
    }
}
