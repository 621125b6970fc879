package io.kairos.benchmarks.scenario;

import io.kairos.benchmarks.bench.ServiceProcess;
import java.util.ArrayList;
import java.util.List;

/** Samples of one process's resident set size. */
final class RssSampler {

    private final ServiceProcess process;
    private final List<Long> samples = new ArrayList<>();

    RssSampler(ServiceProcess process) {
        this.process = process;
    }

    synchronized void sample() {
        long rss = process.rssBytes();
        if (rss > 0) {
            samples.add(rss);
        }
    }

    synchronized long max() {
        return samples.stream().mapToLong(Long::longValue).max().orElse(-1);
    }

    synchronized long median() {
        return samples.isEmpty() ? -1 : samples.stream().sorted().toList().get(samples.size() / 2);
    }
}
