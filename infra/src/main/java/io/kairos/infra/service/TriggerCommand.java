package io.kairos.infra.service;

import io.kairos.infra.ops.ReadinessCheck;
import io.kairos.trigger.TriggerService;
import picocli.CommandLine.Command;

/** {@code bin/kairos trigger}: the trigger-service, turning schedules into run-requests exactly once. */
@Command(name = "trigger", mixinStandardHelpOptions = true,
        description = "Run the trigger-service: reads kairos.pipelines and fires each scheduled time exactly once "
                + "to kairos.run-requests (Kafka Streams, exactly-once). Run two or more for fast failover.")
public final class TriggerCommand extends ServiceCommand {

    @Override
    protected String application() {
        return "kairos-trigger";
    }

    @Override
    protected void start(ServiceContext context) {
        startTrigger(context);
    }

    public static TriggerService startTrigger(ServiceContext context) {
        TriggerService trigger = context.process().add(
                TriggerService.fromConfig(context.config(), context.metrics().registry()));
        trigger.start();
        context.server().addReadinessCheck(ReadinessCheck.of("trigger", trigger::isReady));
        return trigger;
    }
}
