package io.kairos.worker.execution;

import static io.kairos.worker.support.DispatchedRuns.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kairos.model.run.DispatchedRun;
import io.kairos.model.spec.CommandExecutorSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandExecutorTest {

    private static final ProcessTree TREE = new ProcessTree(Duration.ofSeconds(2), Clock.systemUTC());
    private final DispatchedRun run = aRun().pipeline("acme/cmd").attempt(2).build();

    @Test
    void passesTheRunVariablesTheSpecEnvironmentAndWorkingDirectory(@TempDir Path dir) throws Exception {
        ExecutionResult result = execute(new CommandExecutorSpec(List.of("sh", "-c",
                "echo $KAIROS_RUN_ID $KAIROS_ATTEMPT $KAIROS_PIPELINE_ID $KAIROS_SCHEDULED_FOR $MODE; pwd"),
                Map.of("MODE", "full"), dir.toString()));
        assertThat(result.isSuccess()).isTrue();
        assertThat(result.summary()).contains(run.runId().value() + " 2 acme/cmd " + run.scheduledFor() + " full")
                .contains(dir.toRealPath().toString());
    }

    @Test
    void failsWithTheExitCodeAndKeepsTheTailOfStdoutAndStderr() throws Exception {
        ExecutionResult result = execute(new CommandExecutorSpec(List.of("sh", "-c",
                "i=0; while [ $i -lt 2000 ]; do echo line-$i; i=$((i+1)); done; echo last >&2; exit 4"), null, null));
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.error()).isEqualTo("exit code 4");
        assertThat(result.summary().getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(4096);
        assertThat(result.summary()).endsWith("line-1999\nlast\n").doesNotContain("line-1\n");
    }

    @Test
    void failsWhenTheProgramCannotStart() throws Exception {
        ExecutionResult result = execute(new CommandExecutorSpec(List.of("/no/such/program"), null, null));
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.error()).startsWith("cannot start /no/such/program");
    }

    @Test
    void anInterruptKillsTheProgramAndEveryProcessItStarted(@TempDir Path dir) throws Exception {
        CommandExecutor executor = new CommandExecutor(new CommandExecutorSpec(List.of("sh", "-c",
                "sleep 300 & echo $! > c1; sleep 300 & echo $! > c2; echo $$ > p; wait"), null, dir.toString()), TREE);
        AtomicReference<Thread> thread = new AtomicReference<>();
        CompletableFuture<ExecutionResult> result = CompletableFuture.supplyAsync(() -> {
            thread.set(Thread.currentThread());
            try {
                return executor.execute(RunContext.of(run));
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of("c1", "c2", "p").stream()
                .allMatch(name -> !read(dir.resolve(name)).isEmpty()));
        List<Long> pids = List.of("c1", "c2", "p").stream().map(name -> Long.parseLong(read(dir.resolve(name)))).toList();

        thread.get().interrupt();

        assertThatThrownBy(result::get).isInstanceOf(ExecutionException.class).hasRootCauseInstanceOf(InterruptedException.class);
        assertThat(pids).noneMatch(pid -> ProcessHandle.of(pid).map(ProcessTree::isRunning).orElse(false));
    }

    private ExecutionResult execute(CommandExecutorSpec spec) throws Exception {
        return new CommandExecutor(spec, TREE).execute(RunContext.of(run));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
