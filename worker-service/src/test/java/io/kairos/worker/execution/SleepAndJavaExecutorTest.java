package io.kairos.worker.execution;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.spec.JavaExecutorSpec;
import io.kairos.model.spec.SleepExecutorSpec;
import io.kairos.worker.support.ConcurrencyProbe;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SleepAndJavaExecutorTest {

    private final ExecutorSelector selector = new ExecutorSelector(new ProcessTree(Duration.ofSeconds(1), Clock.systemUTC()),
            HttpClient.newHttpClient(), () -> 0.3, new JavaExecutorLoader(getClass().getClassLoader()));

    @Test
    void sleepFailsWhenTheRandomDrawIsBelowTheFailureRate() throws Exception {
        assertThat(execute(new SleepExecutorSpec(Duration.ofMillis(10), 0.5)).isSuccess()).isFalse();
        assertThat(execute(new SleepExecutorSpec(Duration.ofMillis(10), 0.2)).isSuccess()).isTrue();
        assertThat(execute(new SleepExecutorSpec(Duration.ZERO, 0.0)).summary()).isEqualTo("slept PT0S");
    }

    @Test
    void javaFindsTheStepByClassNameAndHandsItTheConfig() throws Exception {
        ExecutionResult result = execute(new JavaExecutorSpec(ConcurrencyProbe.class.getName(),
                Map.of("probe", "java-spi", "millis", 1)));
        assertThat(result.isSuccess()).isTrue();
        assertThat(ConcurrencyProbe.highest("java-spi")).isEqualTo(1);
    }

    @Test
    void javaFailsWhenNoStepHasTheClassName() throws Exception {
        ExecutionResult result = execute(new JavaExecutorSpec("com.acme.Missing", Map.of()));
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.error()).contains("com.acme.Missing").contains("META-INF/services");
    }

    private ExecutionResult execute(io.kairos.model.spec.ExecutorSpec spec) throws Exception {
        DispatchedRun run = aRun().executor(spec).build();
        return selector.forSpec(spec).execute(RunContext.of(run));
    }
}
