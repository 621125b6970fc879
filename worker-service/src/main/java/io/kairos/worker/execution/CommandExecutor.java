package io.kairos.worker.execution;

import io.kairos.model.spec.CommandExecutorSpec;
import java.io.File;
import java.io.IOException;
import java.time.Duration;

/**
 * Runs the spec's program with its arguments (no shell), its environment plus the {@code KAIROS_*}
 * variables, in its working directory. Exit code 0 is success; stdout and stderr together give the
 * summary's tail. An interrupt kills the whole process tree.
 */
public final class CommandExecutor implements PipelineExecutor {

    /** How long output still written by orphaned descendants is waited for once the program exited. */
    public static final Duration OUTPUT_DRAIN = Duration.ofSeconds(1);

    private final CommandExecutorSpec spec;
    private final ProcessTree processTree;

    public CommandExecutor(CommandExecutorSpec spec, ProcessTree processTree) {
        this.spec = spec;
        this.processTree = processTree;
    }

    @Override
    public ExecutionResult execute(RunContext run) throws InterruptedException {
        Process process;
        try {
            process = processBuilder(run).start();
        } catch (IOException e) {
            return ExecutionResult.failed("cannot start " + spec.command().get(0) + ": " + e.getMessage(), null);
        }
        closeQuietly(process);
        OutputTail tail = new OutputTail();
        Thread pump = OutputPump.start(process.getInputStream(), tail, "kairos-output-" + process.pid());
        try {
            int exitCode = process.waitFor();
            pump.join(OUTPUT_DRAIN.toMillis());
            return exitCode == 0 ? ExecutionResult.succeeded(tail.text())
                    : ExecutionResult.failed("exit code " + exitCode, tail.text());
        } catch (InterruptedException e) {
            processTree.kill(process.toHandle());
            throw e;
        }
    }

    private ProcessBuilder processBuilder(RunContext run) {
        ProcessBuilder builder = new ProcessBuilder(spec.command()).redirectErrorStream(true);
        if (spec.workingDir() != null) {
            builder.directory(new File(spec.workingDir()));
        }
        builder.environment().putAll(spec.env());
        builder.environment().putAll(run.environment());
        return builder;
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // the program's stdin is closed either way; it reads end of input
        }
    }
}
