package io.kairos.infra.service;

import io.kairos.infra.ops.ReadinessCheck;
import io.kairos.model.config.KairosConfig;
import io.kairos.worker.intake.WorkerExecutor;
import io.kairos.worker.ledger.service.LedgerConfig;
import io.kairos.worker.ledger.service.LedgerService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/kairos worker}: the run ledger, the executors, or both in one process. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Run the worker service: the run ledger (Kafka Streams) and its read API, an executor "
                + "(a member of its queues' consumer groups with a fixed number of slots), or both.")
public final class WorkerCommand extends ServiceCommand {

    /** Which parts of the worker service a process runs. */
    public enum Role {
        ledger,
        executor,
        all;

        boolean runsLedger() {
            return this != executor;
        }

        boolean runsExecutor() {
            return this != ledger;
        }
    }

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "all",
            description = "ledger, executor or all (default: ${DEFAULT-VALUE}).")
    Role role;

    @Override
    protected String application() {
        return "kairos-worker";
    }

    @Override
    protected void start(ServiceContext context) {
        if (role.runsLedger()) {
            startLedger(context);
        }
        if (role.runsExecutor()) {
            startExecutor(context, context.config());
        }
    }

    /** The ledger, its read API on the process's HTTP port, advertised to its peers under that port. */
    public static LedgerService startLedger(ServiceContext context) {
        KairosConfig config = context.config()
                .with(LedgerConfig.PREFIX + "advertised.host", context.http().advertisedHost());
        LedgerService ledger = context.process().add(
                LedgerService.create(config, context.metrics().registry(), context.server().httpServer()));
        ledger.start();
        context.server().addReadinessCheck(ReadinessCheck.of("ledger", ledger::isReady));
        return ledger;
    }

    /** One executor instance with the settings in {@code config}. */
    public static WorkerExecutor startExecutor(ServiceContext context, KairosConfig config) {
        WorkerExecutor executor = context.process().add(WorkerExecutor.create(config, context.metrics().registry()));
        executor.start();
        context.server().addReadinessCheck(ReadinessCheck.of("executor-" + executor.workerId(), executor::isReady));
        return executor;
    }
}
