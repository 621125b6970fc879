package io.kairos.cli.topics;

import io.kairos.cli.ClusterOptions;
import io.kairos.cli.output.OutputOptions;
import io.kairos.cli.output.Printer;
import io.kairos.model.topic.TopicCatalogueAdmin;
import io.kairos.model.topic.TopicDefinition;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the topics commands share: the cluster, the layout and the output. */
abstract class CatalogueCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster;

    @Mixin
    LayoutOptions layout;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Admin admin = cluster.admin()) {
            TopicCatalogueAdmin catalogueAdmin = new TopicCatalogueAdmin(admin);
            int brokers = admin.describeCluster().nodes().get(60, TimeUnit.SECONDS).size();
            List<TopicDefinition> catalogue = catalogueAdmin.catalogueFor(layout.layout(brokers), layout.queues());
            return run(catalogueAdmin, catalogue);
        }
    }

    abstract int run(TopicCatalogueAdmin admin, List<TopicDefinition> catalogue);

    Printer printer() {
        return new Printer(spec.commandLine().getOut(), output.format());
    }
}
