package io.kairos.model.spec;

import static io.kairos.model.spec.PipelineSpecs.aPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kairos.model.schedule.CronSchedule;
import io.kairos.model.schedule.DstGapPolicy;
import io.kairos.model.schedule.DstOverlapPolicy;
import io.kairos.model.schedule.IntervalSchedule;
import io.kairos.model.schedule.OnceSchedule;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecParserTest {

    private static final String FULL_JSON = """
            {
              "id": "acme/gcp-billing-import",
              "schedule": { "cron": "30 2 * * 1-5", "onDstGap": "skip", "onDstOverlap": "both" },
              "timezone": "Europe/London",
              "paused": true,
              "priority": 8,
              "queue": "billing",
              "maxConcurrentRuns": 2,
              "overlap": "buffer-one",
              "catchup": { "policy": "all", "maxCatchupRuns": 5, "startingDeadline": "PT1H" },
              "retry": { "maxAttempts": 5, "backoff": "PT10S", "maxBackoff": "PT10M", "jitter": 0.5 },
              "timeout": "PT30M",
              "staleAfter": "PT1M",
              "jitter": "PT30S",
              "executor": {
                "type": "command",
                "command": ["/opt/jobs/import.sh", "--full"],
                "env": { "MODE": "full", "REGION": "europe-west1" },
                "workingDir": "/opt/jobs"
              }
            }
            """;

    private static List<String> problemsOf(String text) {
        return catchThrowableOfType(InvalidSpecException.class, () -> SpecParser.parse(text))
                .problems().stream().map(SpecProblem::toString).toList();
    }

    @Test
    void fullSpecReadsTheSameFromYamlAndJson() throws Exception {
        PipelineSpec expected = aPipeline()
                .id("acme/gcp-billing-import")
                .timezone(ZoneId.of("Europe/London"))
                .cron("30 2 * * 1-5", DstGapPolicy.SKIP, DstOverlapPolicy.BOTH)
                .paused(true).priority(8).queue("billing").maxConcurrentRuns(2).overlap(OverlapPolicy.BUFFER_ONE)
                .catchup(new CatchupPolicy(CatchupPolicy.Mode.ALL, 5, Duration.ofHours(1)))
                .retry(new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10), 0.5))
                .timeout(Duration.ofMinutes(30)).staleAfter(Duration.ofMinutes(1)).jitter(Duration.ofSeconds(30))
                .executor(new CommandExecutorSpec(List.of("/opt/jobs/import.sh", "--full"),
                        Map.of("MODE", "full", "REGION", "europe-west1"), "/opt/jobs"))
                .build();

        assertThat(SpecParser.parse(SpecExamplesTest.resource("valid-pipeline.yaml"))).isEqualTo(expected);
        assertThat(SpecParser.parse(FULL_JSON)).isEqualTo(expected);
    }

    @Test
    void minimalSpecGetsEveryDefault() {
        PipelineSpec spec = SpecParser.parse("""
                id: acme/nightly
                executor: { type: sleep, duration: PT3S }
                """);

        assertThat(spec.schedule()).isNull();
        assertThat(spec.timezone()).isEqualTo(PipelineSpec.DEFAULT_TIMEZONE);
        assertThat(spec.paused()).isFalse();
        assertThat(spec.priority()).isEqualTo(PipelineSpec.DEFAULT_PRIORITY);
        assertThat(spec.queue()).isEqualTo(PipelineSpec.DEFAULT_QUEUE);
        assertThat(spec.maxConcurrentRuns()).isEqualTo(PipelineSpec.DEFAULT_MAX_CONCURRENT_RUNS);
        assertThat(spec.overlap()).isEqualTo(PipelineSpec.DEFAULT_OVERLAP);
        assertThat(spec.catchup()).isEqualTo(CatchupPolicy.DEFAULT);
        assertThat(spec.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(spec.timeout()).isNull();
        assertThat(spec.staleAfter()).isEqualTo(PipelineSpec.DEFAULT_STALE_AFTER);
        assertThat(spec.jitter()).isEqualTo(PipelineSpec.DEFAULT_JITTER);
        assertThat(spec.executor()).isEqualTo(new SleepExecutorSpec(Duration.ofSeconds(3), 0.0));
    }

    @Test
    void cronIsEvaluatedInTheSpecTimezone() {
        PipelineSpec spec = SpecParser.parse("""
                id: acme/nightly
                schedule: { cron: "@daily" }
                timezone: Asia/Tokyo
                executor: { type: sleep, duration: PT3S }
                """);

        assertThat(spec.schedule()).isEqualTo(CronSchedule.parse("@daily", ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void intervalWithoutAnchorIsAnchoredAtTheEpoch() {
        PipelineSpec spec = SpecParser.parse("""
                id: acme/poller
                schedule: { interval: PT15M }
                executor: { type: sleep, duration: PT3S }
                """);

        assertThat(spec.schedule()).isEqualTo(new IntervalSchedule(Duration.ofMinutes(15), Instant.EPOCH));
    }

    @Test
    void onceAndAnchoredIntervalReadTheirInstants() {
        String once = "{\"id\": \"acme/x\", \"schedule\": {\"once\": \"2026-12-01T09:00:00Z\"}, "
                + "\"executor\": {\"type\": \"sleep\", \"duration\": \"PT1S\"}}";
        String interval = "{\"id\": \"acme/x\", \"schedule\": {\"interval\": \"PT1H\", \"anchor\": \"2026-01-01T00:30:00Z\"}, "
                + "\"executor\": {\"type\": \"sleep\", \"duration\": \"PT1S\"}}";

        assertThat(SpecParser.parse(once).schedule()).isEqualTo(new OnceSchedule(Instant.parse("2026-12-01T09:00:00Z")));
        assertThat(SpecParser.parse(interval).schedule())
                .isEqualTo(new IntervalSchedule(Duration.ofHours(1), Instant.parse("2026-01-01T00:30:00Z")));
    }

    @Test
    void everyMistakeIsReportedWithItsPath() {
        List<String> problems = problemsOf("""
                id: Acme/billing
                schedule: { cron: "61 * * * *", anchor: 2026-01-01T00:00:00Z }
                timezone: Mars/Base
                schedul: {}
                paused: "no"
                priority: high
                queue: Billing_Q
                maxConcurrentRuns: 0
                overlap: sometimes
                catchup: { policy: most, maxCatchupRuns: 0, startingDeadline: PT0S }
                retry: { maxAttempts: 0, backoff: 2 seconds, maxBackoff: PT1S, jitter: 1.5 }
                timeout: -PT1M
                staleAfter: PT0.5S
                jitter: PT2H
                executor: { type: command, command: ["/bin/run", 5], env: { A: { b: c } }, shell: bash }
                """);

        assertThat(problems).containsExactlyInAnyOrder(
                "id: pipeline id \"Acme/billing\": tenant \"Acme\": must be 1-63 characters of a-z, 0-9 and '-', starting with a letter or digit",
                "schedule.cron: \"61 * * * *\": minute must be between 0 and 59",
                "schedule.anchor: only applies to interval schedules",
                "timezone: \"Mars/Base\": unknown time zone",
                "schedul: unknown field \"schedul\"; did you mean \"schedule\"?",
                "paused: expected true or false, got \"no\"",
                "priority: expected an integer 0-10, got \"high\"",
                "queue: \"Billing_Q\": must be 1-48 characters of a-z, 0-9 and '-', starting with a letter or digit",
                "maxConcurrentRuns: expected an integer of at least 1, got 0",
                "overlap: \"sometimes\": expected one of allow | skip | buffer-one | buffer-all | cancel-other",
                "catchup.policy: \"most\": expected one of none | latest | all",
                "catchup.maxCatchupRuns: expected an integer of at least 1, got 0",
                "catchup.startingDeadline: \"PT0S\": must be positive",
                "retry.maxAttempts: expected an integer of at least 1, got 0",
                "retry.backoff: \"2 seconds\": not an ISO-8601 duration such as PT2S",
                "retry.maxBackoff: \"PT1S\": must be at least backoff (PT2S)",
                "retry.jitter: expected a number between 0 and 1, got 1.5",
                "timeout: \"PT-1M\": must be positive",
                "staleAfter: \"PT0.5S\": must be at least PT1S",
                "jitter: \"PT2H\": must be between PT0S and PT1H",
                "executor.command[1]: expected a string, got 5",
                "executor.env.A: expected a string, got an object",
                "executor.shell: unknown field \"shell\"");
    }

    @Test
    void missingIdAndExecutorAreBothReported() {
        assertThat(problemsOf("paused: true")).containsExactly(
                "id: is required: <tenant>/<name>, such as acme/billing-import",
                "executor: is required: what a run does, such as { type: command, command: [\"/opt/jobs/run.sh\"] }");
    }

    @Test
    void scheduleNeedsExactlyOneKind() {
        assertThat(problemsOf("{id: acme/x, schedule: {}, executor: {type: sleep, duration: PT1S}}"))
                .containsExactly("schedule: expected one of cron, interval or once");
        assertThat(problemsOf("{id: acme/x, schedule: {cron: '@daily', once: '2026-01-01T00:00:00Z'}, executor: {type: sleep, duration: PT1S}}"))
                .containsExactly("schedule: give only one of cron, interval or once, got cron and once");
        assertThat(problemsOf("{id: acme/x, schedule: {interval: PT0.5S, onDstGap: skip}, executor: {type: sleep, duration: PT1S}}"))
                .containsExactlyInAnyOrder("schedule.interval: \"PT0.5S\": must be at least PT1S", "schedule.onDstGap: only applies to cron schedules");
    }

    @Test
    void cronProblemsQuoteTheExpression() {
        assertThat(problemsOf("{id: acme/x, schedule: {cron: '* * *', onDstOverlap: last}, executor: {type: sleep, duration: PT1S}}"))
                .containsExactlyInAnyOrder(
                        "schedule.onDstOverlap: \"last\": expected one of first | both",
                        "schedule.cron: \"* * *\": expected 5 fields (minute hour day-of-month month day-of-week), "
                                + "6 with seconds, or a macro such as @daily; got 3");
    }

    @Test
    void executorsOfEveryTypeAreRead() {
        String http = "{id: acme/x, executor: {type: http, url: 'https://jobs.example.com/run', headers: {X-Token: abc}}}";
        String java = "{id: acme/x, executor: {type: java, class: com.acme.ImportStep, config: {batch: 500, dryRun: true}}}";

        assertThat(SpecParser.parse(http).executor()).isEqualTo(new HttpExecutorSpec(
                URI.create("https://jobs.example.com/run"), Map.of("X-Token", "abc"), HttpExecutorSpec.DEFAULT_TIMEOUT));
        assertThat(SpecParser.parse(java).executor())
                .isEqualTo(new JavaExecutorSpec("com.acme.ImportStep", Map.of("batch", 500, "dryRun", true)));
    }

    @Test
    void executorMistakesAreReportedPerType() {
        assertThat(problemsOf("{id: acme/x, executor: {type: docker}}"))
                .containsExactly("executor.type: \"docker\": expected one of command | http | sleep | java");
        assertThat(problemsOf("{id: acme/x, executor: {type: http, url: 'ftp://example.com/x', timeout: PT0S}}"))
                .containsExactly("executor.url: \"ftp://example.com/x\": expected an absolute http or https URL such as https://jobs.example.com/run",
                        "executor.timeout: \"PT0S\": must be positive");
        assertThat(problemsOf("{id: acme/x, executor: {type: command, command: []}}"))
                .containsExactly("executor.command: must name a program: expected a non-empty list of strings");
        assertThat(problemsOf("{id: acme/x, executor: {type: sleep, duration: PT1S, failureRate: 2}}"))
                .containsExactly("executor.failureRate: expected a number between 0 and 1, got 2");
        assertThat(problemsOf("{id: acme/x, executor: {type: java, class: 'not a class'}}"))
                .containsExactly("executor.class: \"not a class\": not a Java class name such as com.acme.ImportStep");
    }

    @Test
    void yamlSyntaxErrorIsOneDocumentProblemWithLineAndColumn() {
        List<String> problems = problemsOf("""
                id: acme/x
                schedule: { cron: "0 * * * *"
                executor: { type: sleep, duration: PT1S }
                """);

        assertThat(problems).singleElement().asString()
                .startsWith("(document): not valid YAML at line ")
                .contains(", column ");
    }

    @Test
    void jsonSyntaxErrorIsOneDocumentProblemWithLineAndColumn() {
        assertThat(problemsOf("{\"id\": \"acme/x\",, }")).singleElement().asString()
                .startsWith("(document): not valid JSON at line 1, column ");
    }

    @Test
    void duplicateFieldIsASyntaxProblem() {
        assertThat(problemsOf("id: acme/x\nid: acme/y\nexecutor: {type: sleep, duration: PT1S}\n"))
                .singleElement().asString().startsWith("(document): not valid YAML at line 2").contains("id");
    }

    @Test
    void emptyOrNonObjectDocumentsAreRefused() {
        assertThat(problemsOf("")).containsExactly("(document): is empty; expected a pipeline spec with at least id and executor");
        assertThat(problemsOf("- a\n- b\n")).containsExactly(
                "(document): expected an object with fields such as id, schedule and executor, got a list");
    }

    @Test
    void multiDocumentYamlReadsEveryPipeline() {
        List<PipelineSpec> specs = SpecParser.parseAll("""
                id: acme/first
                executor: { type: sleep, duration: PT1S }
                ---
                id: acme/second
                schedule: { cron: "*/5 * * * *" }
                executor: { type: sleep, duration: PT1S }
                """);

        assertThat(specs).extracting(spec -> spec.id().value()).containsExactly("acme/first", "acme/second");
    }

    @Test
    void multiDocumentProblemsNameTheirDocument() {
        InvalidSpecException refusal = catchThrowableOfType(InvalidSpecException.class, () -> SpecParser.parseAll("""
                id: acme/first
                executor: { type: sleep, duration: PT1S }
                ---
                id: acme/second
                priority: 11
                executor: { type: sleep, duration: PT1S }
                """));

        assertThat(refusal.problems()).containsExactly(new SpecProblem("[1].priority", "expected an integer 0-10, got 11"));
    }

    @Test
    void parseOfOneSpecRefusesSeveralDocuments() {
        assertThat(problemsOf("id: acme/a\n---\nid: acme/b\n"))
                .containsExactly("(document): holds 2 documents; expected one pipeline spec");
    }

    @Test
    void refusalMessageListsEveryProblem() {
        InvalidSpecException refusal = catchThrowableOfType(InvalidSpecException.class,
                () -> SpecParser.parse("{id: acme/x, priority: 11}"));

        assertThat(refusal).hasMessage("invalid pipeline spec, 2 problems:\n"
                + "  priority: expected an integer 0-10, got 11\n"
                + "  executor: is required: what a run does, such as { type: command, command: [\"/opt/jobs/run.sh\"] }");
    }
}
