package io.kairos.infra.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.authorizer.StandardAuthorizer;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One real KRaft broker in this JVM whose only listeners take SASL/PLAIN, with the
 * {@link StandardAuthorizer} on and nothing allowed without an ACL. {@link #SUPER_USER} is the one
 * super user (it creates the ACLs); every other user is whoever {@code users} names, with a password
 * equal to its name plus {@code -secret}. {@link #clientProperties(String)} reach it as one of them.
 */
final class SaslKafkaCluster implements AutoCloseable {

    static final String SUPER_USER = "kairos-admin";
    private static final String JAAS_CONFIG_PROPERTY = "java.security.auth.login.config";
    private static final String PLAIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

    private final KafkaClusterTestKit cluster;
    private final String previousJaasConfig;

    private SaslKafkaCluster(KafkaClusterTestKit cluster, String previousJaasConfig) {
        this.cluster = cluster;
        this.previousJaasConfig = previousJaasConfig;
    }

    static SaslKafkaCluster start(Iterable<String> users) throws Exception {
        String previousJaasConfig = System.getProperty(JAAS_CONFIG_PROPERTY);
        KafkaClusterTestKit cluster = builder(users).build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new SaslKafkaCluster(cluster, previousJaasConfig);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    private static KafkaClusterTestKit.Builder builder(Iterable<String> users) {
        TestKitNodes nodes = new TestKitNodes.Builder(productionBootstrapMetadata())
                .setCombined(true)
                .setNumControllerNodes(1)
                .setNumBrokerNodes(1)
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .setControllerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build();
        KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
        String serverJaas = serverJaas(users);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("sasl.enabled.mechanisms", "PLAIN");
        settings.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        settings.put("sasl.mechanism.controller.protocol", "PLAIN");
        settings.put("listener.name." + nodes.brokerListenerName().value().toLowerCase() + ".plain.sasl.jaas.config", serverJaas);
        settings.put("listener.name." + nodes.controllerListenerName().value().toLowerCase() + ".plain.sasl.jaas.config", serverJaas);
        settings.put("authorizer.class.name", StandardAuthorizer.class.getName());
        settings.put(StandardAuthorizer.SUPER_USERS_CONFIG, "User:" + SUPER_USER);
        settings.put(StandardAuthorizer.ALLOW_EVERYONE_IF_NO_ACL_IS_FOUND_CONFIG, "false");
        settings.putAll(fastSmallBroker());
        settings.forEach(builder::setConfigProp);
        return builder;
    }

    /** The broker's side: it logs in as the super user and knows every user's password. */
    private static String serverJaas(Iterable<String> users) {
        StringBuilder jaas = new StringBuilder(PLAIN_MODULE + " required username=\"" + SUPER_USER
                + "\" password=\"" + password(SUPER_USER) + "\" user_" + SUPER_USER + "=\"" + password(SUPER_USER) + "\"");
        for (String user : users) {
            jaas.append(" user_").append(user).append("=\"").append(password(user)).append('"');
        }
        return jaas.append(';').toString();
    }

    private static Map<String, Object> fastSmallBroker() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "3");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("transaction.state.log.num.partitions", "3");
        settings.put("group.initial.rebalance.delay.ms", "0");
        settings.put("group.min.session.timeout.ms", "1000");
        settings.put("auto.create.topics.enable", "false");
        settings.put("unstable.api.versions.enable", "false");
        settings.put("unstable.feature.versions.enable", "false");
        settings.put("num.network.threads", "2");
        settings.put("num.io.threads", "2");
        return settings;
    }

    private static BootstrapMetadata productionBootstrapMetadata() {
        MetadataVersion version = MetadataVersion.latestProduction();
        Map<String, Short> levels = Feature.PRODUCTION_FEATURES.stream()
                .collect(Collectors.toMap(Feature::featureName, feature -> feature.defaultLevel(version)));
        return BootstrapMetadata.fromVersions(version, levels, "kairos-sasl-test");
    }

    static String password(String user) {
        return user + "-secret";
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Kafka client settings that log in as {@code user}, exactly as an operator would write them. */
    Properties clientProperties(String user) {
        Properties properties = new Properties();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.SASL_PLAINTEXT.name);
        properties.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        properties.put(SaslConfigs.SASL_JAAS_CONFIG, PLAIN_MODULE + " required username=\"" + user
                + "\" password=\"" + password(user) + "\";");
        return properties;
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.close();
        } finally {
            if (previousJaasConfig == null) {
                System.clearProperty(JAAS_CONFIG_PROPERTY);
            } else {
                System.setProperty(JAAS_CONFIG_PROPERTY, previousJaasConfig);
            }
        }
    }
}
