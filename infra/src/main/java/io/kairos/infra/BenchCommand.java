package io.kairos.infra;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bin/kairos bench}: hands its arguments to the benchmarks module's {@code BenchMain}, which
 * {@code bin/kairos} puts on the classpath for this command (the benchmarks depend on infra, not the
 * other way round).
 */
@Command(name = "bench", description = "Run a benchmark scenario (throughput, latency, drain, burst, scale, recovery, "
        + "footprint, ledger, micro, or all) and write its report under benchmarks/results/; bench --help for options.")
final class BenchCommand implements Callable<Integer> {

    static final String BENCH_MAIN = "io.kairos.benchmarks.bench.BenchMain";

    @Unmatched
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws ReflectiveOperationException {
        Class<?> main;
        try {
            main = Class.forName(BENCH_MAIN);
        } catch (ClassNotFoundException e) {
            System.err.println("error: bench needs the benchmarks module; run bin/kairos bench from a source checkout");
            return 1;
        }
        try {
            return (Integer) main.getMethod("run", String[].class).invoke(null, (Object) arguments.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }
}
