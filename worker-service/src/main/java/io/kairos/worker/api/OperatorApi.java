package io.kairos.worker.api;

import com.sun.net.httpserver.HttpServer;
import io.kairos.model.id.PipelineId;
import io.kairos.model.id.WorkerId;
import io.kairos.model.spec.PipelineSpec;
import io.kairos.model.topic.TopicWriter;
import io.kairos.model.topic.Topics;
import io.kairos.model.worker.WorkerStatus;
import io.kairos.worker.pipelines.CompactedTopicView;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole HTTP API of a ledger instance under {@code /api/v1}: the ledger's reads, and the writes
 * that go to the control topics (pipelines, run-requests, commands, worker-control), behind the
 * tokens and the per-tenant submission limit. Owns its topic views and writer; {@link #close()} them.
 */
public final class OperatorApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OperatorApi.class);

    private final CompactedTopicView<PipelineId, PipelineSpec> pipelines;
    private final CompactedTopicView<WorkerId, WorkerStatus> workers;
    private final TopicWriter writer;
    private final ApiRouter router;

    public OperatorApi(ApiConfig config, Properties kafka, LedgerApi ledger, MeterRegistry registry, Clock clock) {
        ApiTokens tokens = ApiTokens.from(config);
        this.pipelines = new CompactedTopicView<>(Topics.PIPELINES, kafka);
        this.workers = new CompactedTopicView<>(Topics.WORKERS, kafka);
        this.writer = new TopicWriter(kafka, config.writeTimeout());
        ControlPlane control = new ControlPlane(pipelines, workers, writer,
                new SubmissionLimiter(config.submitRate(), config.submitBurst(), clock), clock);
        this.router = new ApiRouter(new Authenticator(tokens, config.allowAnonymous()), List.of(
                new StatusResource(ledger), new RunsResource(ledger, new RunWrites(control, ledger)),
                new PipelinesResource(control), new WorkersResource(control),
                new BackfillsResource(control, ledger)), registry);
        log.info("API: {} token(s) configured{}", tokens.size(), tokens.isEmpty()
                ? config.allowAnonymous() ? "; anonymous access allowed" : "; serving loopback clients only" : "");
    }

    /** Starts reading the pipelines and workers and serves the API on {@code server}. */
    public void start(HttpServer server) {
        pipelines.start();
        workers.start();
        server.createContext(ApiRouter.PREFIX, router);
    }

    /** Whether the API can answer writes: it has read the pipelines to their end. */
    public boolean isReady() {
        return pipelines.isCaughtUp();
    }

    @Override
    public void close() {
        pipelines.close();
        workers.close();
        writer.close();
    }
}
