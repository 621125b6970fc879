package io.kairos.infra.broker;

import java.time.Duration;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka server (KRaft, broker and controller in one process) running in this
 * JVM, as started by {@code bin/kairos local}.
 *
 * <p>The first start formats the data directory as a new cluster; later starts, in this JVM or
 * another, reuse it, so topics and records survive a restart. The broker listens on
 * {@code 127.0.0.1:port}; its controller listens on a second port that is remembered in the data
 * directory because the KRaft voter address must not change.
 *
 * <p>Like a standalone Kafka server, the broker halts the JVM on a fatal internal fault (for example
 * a corrupt metadata log) rather than run on in an unknown state.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** How long {@link #start()} waits for the broker to answer clients. */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final EmbeddedBrokerConfig config;
    private final BrokerStorage storage;
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(EmbeddedBrokerConfig config) {
        this.config = config;
        this.storage = new BrokerStorage(config.dataDir());
    }

    /**
     * Formats the storage if it is new, starts the server and returns once it answers an admin
     * client. Throws {@link BrokerStartupException} naming the port or directory that is in the way.
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("The Kafka broker at " + bootstrapServers() + " is already running");
        }
        long startedAt = System.nanoTime();
        storage.requireWritable();
        requireFree(config.port(), "--kafka-port");
        int controllerPort = new ControllerPortFile(storage.dataDir()).resolve(config.controllerPort(), SingleNodeBrokerProperties.HOST);
        requireFreeControllerPort(controllerPort);
        String clusterId = storage.formatIfNew(SingleNodeBrokerProperties.NODE_ID, SingleNodeBrokerProperties.CONTROLLER_LISTENER);
        server = startServer(controllerPort);
        log.info("Kafka broker ready at {} (cluster {}, data in {}, controller port {}) in {} ms", bootstrapServers(),
                clusterId, storage.dataDir(), controllerPort, Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
        return this;
    }

    private KafkaRaftServer startServer(int controllerPort) {
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(SingleNodeBrokerProperties.of(
                storage.logDir(), config.port(), controllerPort, config.extraProperties()), false);
        KafkaRaftServer raftServer = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        try {
            raftServer.startup();
            BrokerReadiness.await(bootstrapServers(), STARTUP_TIMEOUT);
            return raftServer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(raftServer);
            throw new BrokerStartupException("Interrupted while starting the Kafka broker", e);
        } catch (RuntimeException e) {
            stop(raftServer);
            throw new BrokerStartupException("The Kafka broker at " + bootstrapServers() + " failed to start", e);
        }
    }

    private void requireFree(int port, String option) {
        if (!PortAvailability.isFree(SingleNodeBrokerProperties.HOST, port)) {
            throw new BrokerStartupException("Port " + port + " on " + SingleNodeBrokerProperties.HOST
                    + " is already in use (another Kafka?); stop what uses it or choose another port with " + option);
        }
    }

    private void requireFreeControllerPort(int port) {
        if (!PortAvailability.isFree(SingleNodeBrokerProperties.HOST, port)) {
            throw new BrokerStartupException("The Kafka controller port " + port + " on " + SingleNodeBrokerProperties.HOST
                    + " is already in use; free it, or delete " + ControllerPortFile.FILE_NAME + " in " + storage.dataDir()
                    + " to choose another");
        }
    }

    /** {@code 127.0.0.1:<port>}, for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return SingleNodeBrokerProperties.HOST + ":" + config.port();
    }

    /** The configuration this broker was created with. */
    public EmbeddedBrokerConfig config() {
        return config;
    }

    /** Whether {@link #start()} succeeded and {@link #close()} has not been called since. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * Shuts down cleanly (controlled shutdown, logs flushed) and returns once every server thread has
     * finished and the ports are released. Does nothing if the broker is not running.
     */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        stop(server);
        server = null;
        log.info("Kafka broker at {} stopped", bootstrapServers());
    }

    private static void stop(KafkaRaftServer raftServer) {
        raftServer.shutdown();
        raftServer.awaitShutdown();
    }
}
