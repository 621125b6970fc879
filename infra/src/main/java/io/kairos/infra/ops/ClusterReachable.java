package io.kairos.infra.ops;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Whether the Kafka cluster answers a metadata request within a second. */
public final class ClusterReachable implements BooleanSupplier {

    private static final int TIMEOUT_MILLIS = 1000;

    private final Admin admin;

    public ClusterReachable(Admin admin) {
        this.admin = admin;
    }

    @Override
    public boolean getAsBoolean() {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS)).nodes()
                    .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }
}
